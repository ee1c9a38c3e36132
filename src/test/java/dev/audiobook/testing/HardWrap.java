package dev.audiobook.testing;

/** A paragraph hard-wrapped as plain-text books set it: words on lines of at most a width. */
public final class HardWrap {
    private HardWrap() {}

    public static String wrap(String paragraph, int width) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : paragraph.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
