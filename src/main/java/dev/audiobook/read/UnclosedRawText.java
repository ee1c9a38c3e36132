package dev.audiobook.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closes a {@code <style>}, {@code <script>} or {@code <title>} a page left open. An HTML parser reads
 * everything after such an opening tag as its raw text, up to a closing tag that never comes, so one
 * missing {@code </style>} would swallow the chapters after it. A style sheet or a title never holds a
 * tag, so the first tag in one ends it; a script may, so it ends at its first tag only when no closing tag
 * follows at all.
 */
final class UnclosedRawText {
    private static final Pattern OPENING = Pattern.compile("<(style|script|title)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[A-Za-z!/]");

    private UnclosedRawText() {}

    /** @param xml whether the page is read as XML, where {@code <script/>} closes itself */
    static String close(String html, boolean xml) {
        Matcher opening = OPENING.matcher(html);
        if (!opening.find()) {
            return html;
        }
        StringBuilder repaired = new StringBuilder(html.length() + 16);
        Map<String, Integer> closings = new HashMap<>();
        int copied = 0;
        int from = 0;
        while (from < html.length() && opening.find(from)) {
            String name = opening.group(1).toLowerCase(Locale.ROOT);
            int contentStart = opening.end();
            if (xml && opening.group().endsWith("/>")) {
                from = contentStart;
                continue;
            }
            int closing = closingAfter(html, name, contentStart, closings);
            int end = closing < 0 ? html.length() : closing;
            int tag = -1;
            if (!name.equals("script") || closing < 0) {
                Matcher inside = TAG.matcher(html).region(contentStart, end);
                tag = inside.find() ? inside.start() : -1;
            }
            if (tag < 0) {
                from = closing < 0 ? html.length() : closing;
                continue;
            }
            repaired.append(html, copied, tag).append("</").append(name).append('>');
            copied = tag;
            from = tag;
        }
        return copied == 0 ? html : repaired.append(html, copied, html.length()).toString();
    }

    /** Where the next closing tag of this name starts, or -1; found once for every opening before it. */
    private static int closingAfter(String html, String name, int from, Map<String, Integer> closings) {
        Integer known = closings.get(name);
        if (known != null && (known < 0 || known >= from)) {
            return known;
        }
        Matcher closing = Pattern.compile("</" + name + "\\s*>", Pattern.CASE_INSENSITIVE).matcher(html);
        int at = closing.find(from) ? closing.start() : -1;
        closings.put(name, at);
        return at;
    }
}
