package dev.audiobook.read;

import dev.audiobook.book.BookDetails;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * An EPUB's package document (OPF), EPUB 2 or 3: what the book says of itself, its files and the order
 * they are read in. Every href is resolved to the name of its entry in the zip.
 *
 * @param spine the content documents in reading order, without those marked as not read in order
 * @param navigation the EPUB 3 navigation document, when there is one
 * @param ncx the EPUB 2 table of contents, when there is one
 * @param cover the cover picture's entry, when the package names one
 * @param guide EPUB 2's guide: the entry of each reference, by its type ("cover", "toc", "text")
 * @param subtitle the title EPUB 3 calls a subtitle ({@code title-type})
 * @param authorSort the first author's name as filed ({@code file-as}, EPUB 3 or 2)
 * @param series the collection ({@code belongs-to-collection}) or Calibre series the book is in
 */
record EpubPackage(Optional<String> title, List<String> authors, Optional<String> language, Optional<String> date,
        Optional<String> description, List<String> spine, Optional<String> navigation, Optional<String> ncx,
        Optional<String> cover, Map<String, String> guide, Optional<String> subtitle, Optional<String> authorSort,
        Optional<BookDetails.Series> series) {
    private static final Set<String> CONTENT_TYPES = Set.of("application/xhtml+xml", "text/html");

    /** The package's entry, as {@code META-INF/container.xml} names it. */
    static Optional<String> rootFile(String containerXml) {
        Document container = xml(containerXml);
        return elements(container, "rootfile").stream()
                .filter(e -> e.attr("media-type").isEmpty() || e.attr("media-type").equals("application/oebps-package+xml"))
                .map(e -> e.attr("full-path"))
                .filter(path -> !path.isBlank())
                .findFirst();
    }

    static EpubPackage parse(String opf, String opfEntry) {
        Document doc = xml(opf);
        Map<String, Element> manifest = new HashMap<>();
        Optional<String> navigation = Optional.empty();
        Optional<String> cover = Optional.empty();
        for (Element item : elements(doc, "item")) {
            manifest.put(item.attr("id"), item);
            Set<String> properties = Set.copyOf(List.of(item.attr("properties").toLowerCase(Locale.ROOT).split("\\s+")));
            if (properties.contains("nav")) {
                navigation = Optional.of(resolve(opfEntry, item.attr("href")));
            }
            if (properties.contains("cover-image")) {
                cover = Optional.of(resolve(opfEntry, item.attr("href")));
            }
        }
        if (cover.isEmpty()) {
            // EPUB 2 names the cover's manifest item in a meta.
            cover = elements(doc, "meta").stream()
                    .filter(m -> m.attr("name").equalsIgnoreCase("cover"))
                    .map(m -> manifest.get(m.attr("content")))
                    .filter(item -> item != null && item.attr("media-type").startsWith("image/"))
                    .map(item -> resolve(opfEntry, item.attr("href")))
                    .findFirst();
        }
        List<String> spine = new ArrayList<>();
        Optional<String> ncx = Optional.empty();
        for (Element spineElement : elements(doc, "spine")) {
            ncx = Optional.ofNullable(manifest.get(spineElement.attr("toc"))).map(i -> resolve(opfEntry, i.attr("href")));
            for (Element itemref : elements(spineElement, "itemref")) {
                Element item = manifest.get(itemref.attr("idref"));
                if (item != null && CONTENT_TYPES.contains(item.attr("media-type"))
                        && !itemref.attr("linear").equals("no")) {
                    spine.add(resolve(opfEntry, item.attr("href")));
                }
            }
        }
        if (ncx.isEmpty()) {
            ncx = manifest.values().stream()
                    .filter(i -> i.attr("media-type").equals("application/x-dtbncx+xml"))
                    .map(i -> resolve(opfEntry, i.attr("href")))
                    .findFirst();
        }
        Map<String, String> guide = new HashMap<>();
        for (Element reference : elements(doc, "reference")) {
            guide.putIfAbsent(withoutFragment(resolve(opfEntry, reference.attr("href"))),
                    reference.attr("type").toLowerCase(Locale.ROOT));
        }
        Map<String, Map<String, String>> refinements = refinements(doc);
        List<Element> authors = authors(doc);
        return new EpubPackage(title(doc, refinements, "main"), names(authors), first(doc, "language"), first(doc, "date"),
                first(doc, "description").map(d -> Jsoup.parse(d).text()).filter(d -> !d.isBlank()),
                spine, navigation, ncx, cover, Map.copyOf(guide), title(doc, refinements, "subtitle")
                        .filter(subtitle -> !subtitle.equals(title(doc, refinements, "main").orElse(""))),
                authors.stream().findFirst().flatMap(a -> fileAs(a, refinements)), series(doc, refinements));
    }

    /** EPUB 3's refining metas: for each id, each property's first value ("title-type", "file-as", "role"). */
    private static Map<String, Map<String, String>> refinements(Document doc) {
        Map<String, Map<String, String>> refined = new HashMap<>();
        for (Element meta : elements(doc, "meta")) {
            if (meta.attr("refines").startsWith("#") && !meta.attr("property").isBlank()) {
                refined.computeIfAbsent(meta.attr("refines").substring(1), id -> new HashMap<>())
                        .putIfAbsent(meta.attr("property"), meta.text().strip());
            }
        }
        return refined;
    }

    /**
     * The title of this {@code title-type}: for "main", the one so typed, else the first that is typed
     * nothing else; for "subtitle", only the one so typed.
     */
    private static Optional<String> title(Document doc, Map<String, Map<String, String>> refinements, String type) {
        List<Element> titles = elements(doc, "title").stream().filter(t -> !clean(t).isEmpty()).toList();
        Optional<Element> typed = titles.stream()
                .filter(t -> type.equals(refinements.getOrDefault(t.id(), Map.of()).get("title-type")))
                .findFirst();
        if (typed.isPresent() || !type.equals("main")) {
            return typed.map(EpubPackage::clean);
        }
        return titles.stream().filter(t -> !refinements.getOrDefault(t.id(), Map.of()).containsKey("title-type"))
                .findFirst().or(() -> titles.stream().findFirst()).map(EpubPackage::clean);
    }

    private static Optional<String> fileAs(Element creator, Map<String, Map<String, String>> refinements) {
        String fileAs = creator.hasAttr("opf:file-as") ? creator.attr("opf:file-as")
                : refinements.getOrDefault(creator.id(), Map.of()).getOrDefault("file-as", "");
        return Optional.of(fileAs.replaceAll("\\s+", " ").strip()).filter(f -> !f.isEmpty());
    }

    /**
     * EPUB 3's {@code belongs-to-collection} (a series or set, with its {@code group-position}), else the
     * series Calibre names in its own metas.
     */
    private static Optional<BookDetails.Series> series(Document doc, Map<String, Map<String, String>> refinements) {
        for (Element meta : elements(doc, "meta")) {
            if (meta.attr("property").equals("belongs-to-collection") && !meta.attr("refines").startsWith("#")
                    && !clean(meta).isEmpty()) {
                Map<String, String> about = refinements.getOrDefault(meta.id(), Map.of());
                return Optional.of(new BookDetails.Series(clean(meta),
                        Optional.ofNullable(about.get("group-position")).filter(p -> !p.isBlank())));
            }
        }
        Map<String, String> calibre = new HashMap<>();
        for (Element meta : elements(doc, "meta")) {
            calibre.putIfAbsent(meta.attr("name"), meta.attr("content").replaceAll("\\s+", " ").strip());
        }
        return Optional.ofNullable(calibre.get("calibre:series")).filter(name -> !name.isEmpty())
                .map(name -> new BookDetails.Series(name, Optional.ofNullable(calibre.get("calibre:series_index"))
                        .filter(p -> !p.isEmpty()).map(p -> p.replaceFirst("\\.0+$", ""))));
    }

    private static String clean(Element e) {
        return e.text().replaceAll("\\s+", " ").strip();
    }

    /**
     * The creators who wrote the book: those whose role, given inline (EPUB 2) or by a refining meta
     * (EPUB 3), is author, or who have no role at all. An illustrator or editor is not an author.
     */
    private static List<Element> authors(Document doc) {
        // A creator may have several roles ("aut" and "wpr", author and writer of preface): any "aut" makes an author.
        Map<String, Set<String>> roles = new HashMap<>();
        for (Element meta : elements(doc, "meta")) {
            if (meta.attr("property").equals("role") && meta.attr("refines").startsWith("#")) {
                roles.computeIfAbsent(meta.attr("refines").substring(1), id -> new HashSet<>()).add(meta.text().strip());
            }
        }
        List<Element> authors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Element creator : elements(doc, "creator")) {
            Set<String> creatorRoles = creator.hasAttr("opf:role") ? Set.of(creator.attr("opf:role"))
                    : roles.getOrDefault(creator.id(), Set.of("aut"));
            if ((creatorRoles.contains("") || creatorRoles.contains("aut")) && !clean(creator).isEmpty()
                    && names.add(clean(creator))) {
                authors.add(creator);
            }
        }
        return authors;
    }

    private static List<String> names(List<Element> creators) {
        return creators.stream().map(EpubPackage::clean).toList();
    }

    static Optional<String> first(Document doc, String localName) {
        return elements(doc, localName).stream()
                .map(e -> e.text().replaceAll("\\s+", " ").strip())
                .filter(t -> !t.isEmpty())
                .findFirst();
    }

    /** XML without any DTD or entity processing: jsoup's XML parser fetches nothing and expands no entity. */
    static Document xml(String text) {
        return Jsoup.parse(text, "", Parser.xmlParser());
    }

    /** Elements by local name, whatever namespace prefix the producer chose ("dc:title", "opf:item"). */
    static List<Element> elements(Element root, String localName) {
        return root.getAllElements().stream()
                .filter(e -> localName.equals(localName(e)))
                .collect(Collectors.toList());
    }

    /** An element's name without its namespace prefix, whatever prefix the producer chose ("w:p", "text:h"); "" for any other node. */
    static String localName(Node node) {
        String name = node instanceof Element e ? e.tagName() : "";
        return name.substring(name.indexOf(':') + 1);
    }

    /** The first child element of this local name. */
    static Optional<Element> child(Element parent, String localName) {
        return parent.children().stream().filter(e -> localName(e).equals(localName)).findFirst();
    }

    /** The zip entry an href in {@code baseEntry} names, its fragment kept: "../text/ch1.xhtml#s2". */
    static String resolve(String baseEntry, String href) {
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A stray "%" that escapes nothing: the href names the entry as it is written.
        }
        if (path.isEmpty()) {
            return withoutFragment(baseEntry) + fragment;
        }
        Deque<String> parts = new ArrayDeque<>();
        if (!path.startsWith("/")) {
            List<String> base = new ArrayList<>(Arrays.asList(baseEntry.split("/")));
            base.remove(base.size() - 1);
            base.forEach(parts::addLast);
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts) + fragment;
    }

    static String withoutFragment(String entry) {
        int hash = entry.indexOf('#');
        return hash < 0 ? entry : entry.substring(0, hash);
    }

    static String fragment(String entry) {
        int hash = entry.indexOf('#');
        return hash < 0 ? "" : entry.substring(hash + 1);
    }
}
