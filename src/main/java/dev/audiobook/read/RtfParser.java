package dev.audiobook.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RTF document's words, read in one pass over its bytes with an explicit stack of groups, so that time
 * is linear in its size and nesting cannot overflow the call stack: its paragraphs with the outline level
 * each has (its own {@code \outlinelevelN}, else its style's, or the style's "heading N" name), and the
 * title and author of its {@code \info}. Not read: the font, colour and style tables, pictures, objects,
 * headers and footers, footnotes, field instructions (a field's shown result is read), bookmarks, index
 * and contents entries, hidden text, and every {@code \*} destination this parser does not know.
 */
final class RtfParser {
    /** Real documents nest groups a few dozen deep; a file nesting them deeper is refused. */
    static final int MAX_GROUP_DEPTH = 1_000;
    private static final int MAX_WORD_LETTERS = 32;
    private static final int MAX_PARAMETER_DIGITS = 10;
    private static final Pattern HEADING_STYLE = Pattern.compile("heading\\s*([1-9])", Pattern.CASE_INSENSITIVE);

    /** Destinations whose text is no part of what is read, starred or not. */
    private static final Set<String> SKIPPED = Set.of("colortbl", "pict", "object", "objdata", "footnote",
            "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "fldinst",
            "bkmkstart", "bkmkend", "xe", "tc", "tcn", "txe", "pntext", "pntxta", "pntxtb", "annotation", "atnid",
            "atnauthor", "atrfstart", "atrfend", "themedata", "colorschememapping", "datastore", "latentstyles",
            "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "ftnsep", "ftnsepc", "ftncn",
            "aftnsep", "aftnsepc", "aftncn", "revtbl", "filetbl", "nonshppict", "shpinst", "fldtype", "datafield",
            "formfield", "template", "mmathPr", "userprops", "docvar", "pgdsctbl", "falt", "panose");
    /** Symbols written as control words. */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("emdash", "\u2014"),
            Map.entry("endash", "\u2013"), Map.entry("lquote", "\u2018"), Map.entry("rquote", "\u2019"),
            Map.entry("ldblquote", "\u201c"), Map.entry("rdblquote", "\u201d"), Map.entry("bullet", "\u2022"),
            Map.entry("tab", " "), Map.entry("emspace", " "), Map.entry("enspace", " "), Map.entry("qmspace", " "),
            Map.entry("cell", " "), Map.entry("nestcell", " "));
    /** The code page of each {@code \fcharsetN}, for the {@code \'hh} bytes written in a font. */
    private static final Map<Integer, Integer> CHARSET_CODE_PAGES = Map.ofEntries(Map.entry(77, 10000),
            Map.entry(128, 932), Map.entry(129, 949), Map.entry(134, 936), Map.entry(136, 950),
            Map.entry(161, 1253), Map.entry(162, 1254), Map.entry(163, 1258), Map.entry(177, 1255),
            Map.entry(178, 1256), Map.entry(186, 1257), Map.entry(204, 1251), Map.entry(222, 874),
            Map.entry(238, 1250));

    /** What a group's words are for. */
    private enum Destination { TEXT, SKIP, FONT_TABLE, STYLESHEET, INFO, TITLE, AUTHOR }

    /**
     * A paragraph of the document, its lines apart by {@code \n}.
     *
     * @param level 1 to 9, 0 for body text
     * @param centered set centred ({@code \qc}), as a title is
     */
    record Paragraph(String text, int level, boolean centered) {}

    /** @param charset the code page its {@code \'hh} bytes are in ({@code \ansicpgN}), Windows-1252 by default */
    record Parsed(List<Paragraph> paragraphs, Optional<String> title, Optional<String> author, Charset charset) {}

    /** Thrown for a file this parser refuses: its message says why. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** The state a group starts with, a copy of its enclosing group's. */
    private static final class Group {
        Destination destination;
        int unicodeSkip = 1;
        int font = -1;
        int style;
        int outlineLevel = -1;
        boolean hidden;
        boolean centered;
        boolean inTable;
        int fontNumber = -1; // a font table entry's \fN
        int fontCharset = -1;

        Group copy() {
            Group g = new Group();
            g.destination = destination;
            g.unicodeSkip = unicodeSkip;
            g.font = font;
            g.style = style;
            g.outlineLevel = outlineLevel;
            g.hidden = hidden;
            g.centered = centered;
            g.inTable = inTable;
            return g;
        }
    }

    /** A stylesheet entry's outline level: its own, else that its "heading N" name gives. */
    private record Style(int outlineLevel, String name) {
        int level() {
            if (outlineLevel >= 0 && outlineLevel < 9) {
                return outlineLevel + 1;
            }
            Matcher heading = HEADING_STYLE.matcher(name.strip());
            return heading.matches() ? heading.group(1).charAt(0) - '0' : 0;
        }
    }

    private final InputStream in;
    private final long maxTextChars;
    private final Deque<Group> groups = new ArrayDeque<>();
    private Group group = new Group();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private final StringBuilder title = new StringBuilder();
    private final StringBuilder author = new StringBuilder();
    private final StringBuilder styleName = new StringBuilder();
    private final Map<Integer, Style> styles = new HashMap<>();
    private final Map<Integer, Integer> fontCharsets = new HashMap<>();
    private final ByteArrayOutputStream pendingBytes = new ByteArrayOutputStream();
    private Charset pendingCharset = StandardCharsets.ISO_8859_1;
    private Charset documentCharset = Charset.forName("windows-1252");
    private int skipFallback;
    private long textChars;
    private int pushedBack = -2;

    private RtfParser(InputStream in, long maxTextChars) {
        this.in = in;
        this.maxTextChars = maxTextChars;
        group.destination = Destination.TEXT;
    }

    /**
     * @param in the document's bytes, from its first {@code {\rtf}
     * @param maxTextChars how many characters of text it may hold before it is refused
     */
    static Parsed parse(InputStream in, long maxTextChars) throws IOException, Refused {
        RtfParser parser = new RtfParser(in, maxTextChars);
        parser.run();
        return parser.parsed();
    }

    private void run() throws IOException, Refused {
        if (read() != '{') {
            throw new Refused("not an RTF document (it does not start with {\\rtf)");
        }
        groups.push(group);
        group = group.copy();
        for (int c = read(); c >= 0; c = read()) {
            switch (c) {
                case '{' -> {
                    flushBytes();
                    skipFallback = 0;
                    if (groups.size() >= MAX_GROUP_DEPTH) {
                        throw new Refused("its groups nest more than " + MAX_GROUP_DEPTH + " deep, deeper than any "
                                + "document's");
                    }
                    groups.push(group);
                    group = group.copy();
                }
                case '}' -> {
                    flushBytes();
                    skipFallback = 0;
                    endGroup();
                    if (groups.isEmpty()) {
                        return; // the document's own group is closed: what follows is no part of it
                    }
                }
                case '\\' -> controlWord();
                case '\r', '\n' -> { }
                default -> {
                    if (skipFallback > 0) {
                        skipFallback--;
                    } else if (c >= 0x80) {
                        addByte(c);
                    } else if (c >= 0x20 || c == '\t') {
                        text(c == '\t' ? " " : String.valueOf((char) c));
                    }
                }
            }
        }
        // A file cut short: what it held up to the cut is read.
        flushBytes();
        while (!groups.isEmpty()) {
            endGroup();
        }
    }

    private void endGroup() {
        if (group.destination == Destination.FONT_TABLE && group.fontNumber >= 0 && group.fontCharset >= 0) {
            fontCharsets.putIfAbsent(group.fontNumber, group.fontCharset);
        }
        if (group.destination == Destination.STYLESHEET && !styleName.isEmpty()
                && (groups.isEmpty() || groups.peek().destination == Destination.STYLESHEET)) {
            String name = styleName.toString();
            int end = name.indexOf(';');
            styles.putIfAbsent(group.style, new Style(group.outlineLevel, end < 0 ? name : name.substring(0, end)));
            styleName.setLength(0);
        }
        Group outer = groups.pop();
        group = outer;
    }

    private void controlWord() throws IOException, Refused {
        int c = read();
        if (c < 0) {
            return;
        }
        if (!isLetter(c)) {
            controlSymbol(c);
            return;
        }
        StringBuilder word = new StringBuilder();
        while (c >= 0 && isLetter(c)) {
            if (word.length() < MAX_WORD_LETTERS) {
                word.append((char) c);
            }
            c = read();
        }
        boolean negative = false;
        if (c == '-') {
            negative = true;
            c = read();
        }
        long value = 0;
        int digits = 0;
        while (c >= '0' && c <= '9') {
            if (digits++ < MAX_PARAMETER_DIGITS) {
                value = value * 10 + (c - '0');
            }
            c = read();
        }
        if (c != ' ' && c >= 0) {
            pushBack(c);
        }
        int parameter = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, negative ? -value : value));
        word(word.toString(), digits > 0 || negative ? Optional.of(parameter) : Optional.empty());
    }

    private void controlSymbol(int c) throws IOException {
        switch (c) {
            case '\'' -> {
                int high = hexDigit(read());
                int low = hexDigit(read());
                if (skipFallback > 0) {
                    skipFallback--;
                } else if (high >= 0 && low >= 0) {
                    addByte(high * 16 + low);
                }
            }
            // An optional destination (\*\fldinst, \*\bkmkstart...): none holds the text, so every one is skipped.
            case '*' -> group.destination = Destination.SKIP;
            case '~' -> symbol(" ");
            case '_' -> symbol("-");
            case '-', '|', ':' -> { }
            case '\\', '{', '}' -> symbol(String.valueOf((char) c));
            case '\r', '\n' -> paragraphEnd();
            default -> { }
        }
    }

    private void symbol(String s) {
        if (skipFallback > 0) {
            skipFallback--;
        } else {
            text(s);
        }
    }

    private void word(String word, Optional<Integer> parameter) throws IOException {
        int value = parameter.orElse(1);
        if (word.equals("bin")) {
            // Binary data of that many bytes: no words, and not to be read as RTF.
            for (long left = Math.max(0, value); left > 0 && read() >= 0; left--) {
                // skipped
            }
            return;
        }
        if (skipFallback > 0) {
            skipFallback--;
            return;
        }
        switch (word) {
            case "u" -> {
                flushBytes();
                text(String.valueOf((char) (value < 0 ? value + 65536 : value)));
                skipFallback = group.unicodeSkip;
                return;
            }
            case "uc" -> {
                group.unicodeSkip = Math.max(0, Math.min(value, 10));
                return;
            }
            case "ansicpg" -> {
                codePage(value).ifPresent(charset -> documentCharset = charset);
                return;
            }
            case "mac" -> {
                codePage(10000).ifPresent(charset -> documentCharset = charset);
                return;
            }
            case "pc" -> {
                codePage(437).ifPresent(charset -> documentCharset = charset);
                return;
            }
            case "pca" -> {
                codePage(850).ifPresent(charset -> documentCharset = charset);
                return;
            }
            default -> { }
        }
        flushBytes();
        switch (word) {
            case "fonttbl" -> group.destination = Destination.FONT_TABLE;
            case "stylesheet" -> group.destination = Destination.STYLESHEET;
            case "info" -> group.destination = Destination.INFO;
            // The first title and author are the document's; a later one (LibreOffice writes the author twice) is not.
            case "title" -> group.destination = group.destination == Destination.INFO && title.isEmpty()
                    ? Destination.TITLE : Destination.SKIP;
            case "author" -> group.destination = group.destination == Destination.INFO && author.isEmpty()
                    ? Destination.AUTHOR : Destination.SKIP;
            case "fldrslt" -> { } // a field's result is read as the document shows it
            case "f" -> {
                if (group.destination == Destination.FONT_TABLE) {
                    group.fontNumber = value;
                } else {
                    group.font = value;
                }
            }
            case "fcharset" -> group.fontCharset = value;
            case "s" -> group.style = value;
            case "outlinelevel" -> group.outlineLevel = value;
            case "pard" -> {
                group.style = 0;
                group.outlineLevel = -1;
                group.centered = false;
                group.inTable = false;
            }
            case "intbl" -> group.inTable = true;
            case "qc" -> group.centered = true;
            case "ql", "qr", "qj", "qd" -> group.centered = false;
            case "v" -> group.hidden = value != 0;
            case "plain" -> group.hidden = false;
            // A table's row is one line, as a web page's is: its cells' paragraphs are words apart.
            case "par" -> {
                if (group.inTable) {
                    text(" ");
                } else {
                    paragraphEnd();
                }
            }
            case "page", "sect", "row", "nestrow" -> paragraphEnd();
            case "line", "lbr" -> {
                if (group.destination == Destination.TEXT && !group.hidden) {
                    paragraph.append('\n');
                }
            }
            default -> {
                String symbol = SYMBOLS.get(word);
                if (symbol != null) {
                    text(symbol);
                } else if (SKIPPED.contains(word)) {
                    group.destination = Destination.SKIP;
                } else if (group.destination == Destination.INFO) {
                    group.destination = Destination.SKIP; // \operator, \company, \creatim...: not the book's title or author
                }
            }
        }
    }

    private void paragraphEnd() {
        flushBytes();
        if (group.destination != Destination.TEXT) {
            return;
        }
        String text = paragraph.toString().strip();
        if (!text.isEmpty()) {
            int level = group.outlineLevel >= 0 && group.outlineLevel < 9 ? group.outlineLevel + 1
                    : group.outlineLevel >= 9 ? 0
                    : Optional.ofNullable(styles.get(group.style)).map(Style::level).orElse(0);
            paragraphs.add(new Paragraph(text, level, group.centered));
        }
        paragraph.setLength(0);
    }

    private void text(String s) {
        if (pendingBytes.size() > 0) {
            flushBytes(); // the code-page bytes before these words come first
        }
        if (group.hidden) {
            return;
        }
        StringBuilder to = switch (group.destination) {
            case TEXT -> paragraph;
            case TITLE -> title;
            case AUTHOR -> author;
            case STYLESHEET -> styleName;
            default -> null;
        };
        if (to != null && textChars < maxTextChars) {
            to.append(s);
            textChars += s.length();
        } else if (to != null) {
            textChars = maxTextChars + 1;
        }
    }

    /** A code-page byte ({@code \'hh} or a raw byte over 127), decoded with those beside it. */
    private void addByte(int b) {
        Charset charset = currentCharset();
        if (!charset.equals(pendingCharset)) {
            flushBytes();
            pendingCharset = charset;
        }
        pendingBytes.write(b);
    }

    private void flushBytes() {
        if (pendingBytes.size() > 0) {
            String decoded = new String(pendingBytes.toByteArray(), pendingCharset);
            pendingBytes.reset();
            text(decoded);
        }
    }

    private Charset currentCharset() {
        Integer fontCharset = fontCharsets.get(group.font);
        if (fontCharset != null && CHARSET_CODE_PAGES.containsKey(fontCharset)) {
            return codePage(CHARSET_CODE_PAGES.get(fontCharset)).orElse(documentCharset);
        }
        return documentCharset;
    }

    private static Optional<Charset> codePage(int number) {
        List<String> names = number == 10000 ? List.of("x-MacRoman")
                : number == 932 ? List.of("windows-31j")
                : number == 936 ? List.of("GBK")
                : number == 949 ? List.of("x-windows-949", "EUC-KR")
                : number == 950 ? List.of("x-windows-950", "Big5")
                : number == 874 ? List.of("x-windows-874")
                : number == 437 || number == 850 ? List.of("IBM" + number)
                : List.of("windows-" + number);
        for (String name : names) {
            try {
                if (Charset.isSupported(name)) {
                    return Optional.of(Charset.forName(name));
                }
            } catch (IllegalArgumentException e) {
                // no such charset: try the next name
            }
        }
        return Optional.empty();
    }

    private Parsed parsed() throws Refused {
        if (textChars > maxTextChars) {
            throw new Refused("it holds more than " + (maxTextChars >> 20) + " MB of text, more than any book "
                    + "(the longest novels are under 5 MB)");
        }
        paragraphEnd();
        return new Parsed(List.copyOf(paragraphs), clean(title), clean(author), documentCharset);
    }

    private static Optional<String> clean(StringBuilder s) {
        return Optional.of(s.toString().replaceAll("\\s+", " ").strip()).filter(t -> !t.isEmpty());
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void pushBack(int c) {
        pushedBack = c;
    }

    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int hexDigit(int c) {
        return Character.digit(c, 16);
    }

}
