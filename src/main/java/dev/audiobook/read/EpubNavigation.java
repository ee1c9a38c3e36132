package dev.audiobook.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An EPUB's table of contents, from the EPUB 3 navigation document ({@code nav epub:type="toc"}) or the
 * EPUB 2 NCX, in reading order with each entry's depth; and the landmarks that say which documents are
 * the cover, the title page or the contents.
 */
final class EpubNavigation {
    /** Deeper than any book's contents: a nesting past it is flattened, not followed. */
    private static final int MAX_DEPTH = 8;

    private EpubNavigation() {}

    /**
     * One entry: its title and the entry and fragment it points to.
     *
     * @param target empty for a heading that points nowhere itself, only to the entries under it
     */
    record Entry(String title, Optional<String> target, int depth) {}

    static List<Entry> fromNav(String navXhtml, String navEntry) {
        Document doc = EpubPackage.xml(navXhtml);
        List<Element> navs = EpubPackage.elements(doc, "nav");
        Optional<Element> toc = navs.stream().filter(n -> hasType(n, "toc")).findFirst()
                .or(() -> navs.stream().findFirst());
        List<Entry> entries = new ArrayList<>();
        toc.flatMap(nav -> EpubPackage.elements(nav, "ol").stream().findFirst())
                .ifPresent(ol -> listItems(ol, navEntry, 0, entries));
        return entries;
    }

    private static void listItems(Element ol, String navEntry, int depth, List<Entry> entries) {
        for (Element li : ol.children()) {
            if (!EpubPackage.localName(li).equals("li")) {
                continue;
            }
            Optional<Element> label = li.children().stream()
                    .filter(c -> EpubPackage.localName(c).equals("a") || EpubPackage.localName(c).equals("span"))
                    .findFirst();
            Optional<Element> under = li.children().stream().filter(c -> EpubPackage.localName(c).equals("ol")).findFirst();
            String title = label.map(l -> l.text().replaceAll("\\s+", " ").strip()).orElse("");
            Optional<String> target = label.map(l -> l.attr("href")).filter(h -> !h.isBlank())
                    .map(h -> EpubPackage.resolve(navEntry, h));
            entries.add(new Entry(title, target, depth));
            if (under.isPresent() && depth < MAX_DEPTH) {
                listItems(under.get(), navEntry, depth + 1, entries);
            }
        }
    }

    static List<Entry> fromNcx(String ncxXml, String ncxEntry) {
        Document doc = EpubPackage.xml(ncxXml);
        List<Entry> entries = new ArrayList<>();
        EpubPackage.elements(doc, "navMap").stream().findFirst()
                .ifPresent(map -> navPoints(map, ncxEntry, 0, entries));
        return entries;
    }

    private static void navPoints(Element parent, String ncxEntry, int depth, List<Entry> entries) {
        for (Element point : parent.children()) {
            if (!EpubPackage.localName(point).equals("navPoint")) {
                continue;
            }
            String title = EpubPackage.elements(point, "text").stream().findFirst()
                    .map(t -> t.text().replaceAll("\\s+", " ").strip()).orElse("");
            Optional<String> target = point.children().stream()
                    .filter(c -> EpubPackage.localName(c).equals("content"))
                    .map(c -> c.attr("src")).filter(s -> !s.isBlank())
                    .map(s -> EpubPackage.resolve(ncxEntry, s))
                    .findFirst();
            entries.add(new Entry(title, target, depth));
            if (depth < MAX_DEPTH) {
                navPoints(point, ncxEntry, depth + 1, entries);
            }
        }
    }

    /** The EPUB 3 landmarks: each document's type ("cover", "titlepage", "toc", "bodymatter"). */
    static Map<String, String> landmarks(String navXhtml, String navEntry) {
        Map<String, String> types = new HashMap<>();
        for (Element nav : EpubPackage.elements(EpubPackage.xml(navXhtml), "nav")) {
            if (hasType(nav, "landmarks")) {
                for (Element a : EpubPackage.elements(nav, "a")) {
                    String target = EpubPackage.resolve(navEntry, a.attr("href"));
                    // A landmark pointing inside a document ("#toc") marks a part of it, not all of it.
                    if (EpubPackage.fragment(target).isEmpty()) {
                        types.putIfAbsent(target, a.attr("epub:type").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return types;
    }

    static boolean hasType(Element element, String type) {
        return Arrays.asList(element.attr("epub:type").toLowerCase(Locale.ROOT).split("\\s+")).contains(type);
    }

}
