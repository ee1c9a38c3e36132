package dev.audiobook.read;

import dev.audiobook.book.Cover;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** A PDF's cover: the picture its first page is, when that page is a picture and (almost) no text. */
final class PdfCover {
    /** Smaller than this is an ornament, not a cover. */
    private static final int MIN_SIDE_PIXELS = 200;
    /** A picture larger than this is not decoded to be written again as PNG: it would not fit the heap. */
    private static final long MAX_DECODED_PIXELS = 6_000_000;
    private static final int MAX_JPEG_BYTES = 20 << 20;

    private PdfCover() {}

    static Optional<Cover> of(PDPage first) {
        try {
            List<PDImageXObject> images = new ArrayList<>();
            collect(first.getResources(), images, 0);
            Optional<PDImageXObject> largest = images.stream()
                    .filter(i -> i.getWidth() >= MIN_SIDE_PIXELS && i.getHeight() >= MIN_SIDE_PIXELS)
                    .max((a, b) -> Long.compare((long) a.getWidth() * a.getHeight(), (long) b.getWidth() * b.getHeight()));
            return largest.flatMap(PdfCover::bytes).flatMap(Cover::of);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static void collect(PDResources resources, List<PDImageXObject> images, int depth) throws IOException {
        if (resources == null || depth > 2) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                images.add(image);
            } else if (object instanceof PDFormXObject form) {
                collect(form.getResources(), images, depth + 1);
            }
        }
    }

    private static Optional<byte[]> bytes(PDImageXObject image) {
        try {
            if ("jpg".equals(image.getSuffix())) {
                try (InputStream jpeg = image.createInputStream(List.of(COSName.DCT_DECODE.getName()))) {
                    byte[] bytes = jpeg.readNBytes(MAX_JPEG_BYTES + 1);
                    return bytes.length > MAX_JPEG_BYTES ? Optional.empty() : Optional.of(bytes);
                }
            }
            if ((long) image.getWidth() * image.getHeight() > MAX_DECODED_PIXELS) {
                return Optional.empty();
            }
            BufferedImage picture = image.getImage();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            return ImageIO.write(picture, "png", png) ? Optional.of(png.toByteArray()) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
