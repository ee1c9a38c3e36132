package dev.audiobook.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * E-books made by the programs people make them with, from one Markdown text: pandoc (EPUB 3 with its
 * navigation document, EPUB 2 with its NCX) and Calibre's {@code ebook-convert} (from the HTML pandoc
 * writes, its contents drawn from the h1, h2 and h3 headings); and pandoc's HTML page of the same text.
 * A test that needs a missing one skips.
 */
public enum EbookProducers {
    PANDOC_EPUB3("pandoc", "pandoc"),
    PANDOC_EPUB2("pandoc", "pandoc"),
    CALIBRE_EPUB3("ebook-convert", "calibre"),
    CALIBRE_EPUB2("ebook-convert", "calibre"),
    /** Not an e-book but a web page: its headings are all it says of its structure. */
    PANDOC_HTML("pandoc", "pandoc");

    private final String tool;
    private final String debianPackage;

    EbookProducers(String tool, String debianPackage) {
        this.tool = tool;
        this.debianPackage = debianPackage;
    }

    /** Whether the producer keeps pandoc's {@code {epub:type=...}} marks on the sections. */
    public boolean keepsStructuralSemantics() {
        return this == PANDOC_EPUB3;
    }

    /** The book the producer makes of this Markdown (with a YAML title block), in {@code dir}. */
    public Path make(String markdown, Path dir, String name) throws Exception {
        ExternalTool.require(tool, debianPackage);
        ExternalTool.require("pandoc", "pandoc");
        Path source = dir.resolve(name + ".md");
        Files.writeString(source, markdown);
        Path epub = dir.resolve(name + (this == PANDOC_HTML ? ".html" : ".epub"));
        List<String> command = new ArrayList<>();
        switch (this) {
            case PANDOC_HTML -> command.addAll(List.of("pandoc", source.toString(), "-s", "-o", epub.toString()));
            case PANDOC_EPUB3, PANDOC_EPUB2 -> command.addAll(List.of("pandoc", source.toString(), "--toc-depth=3",
                    "-t", this == PANDOC_EPUB3 ? "epub3" : "epub2", "-o", epub.toString()));
            case CALIBRE_EPUB3, CALIBRE_EPUB2 -> {
                Path html = dir.resolve(name + ".html");
                run(List.of("pandoc", source.toString(), "-s", "-o", html.toString()));
                command.addAll(List.of("ebook-convert", html.toString(), epub.toString(),
                        "--level1-toc", "//h:h1", "--level2-toc", "//h:h2", "--level3-toc", "//h:h3",
                        "--epub-version", this == CALIBRE_EPUB3 ? "3" : "2", "--no-default-epub-cover"));
            }
            default -> throw new IllegalStateException(name());
        }
        run(command);
        return epub;
    }

    private static void run(List<String> command) throws Exception {
        ExternalTool.Result made = ExternalTool.run(command);
        assertThat(made.exitCode()).as(String.join(" ", command) + "\n" + made.stderr()).isZero();
    }
}
