package dev.audiobook.testing;

/** Two small e-books laid out the ways producers lay them out, for the readers' and the command's tests. */
public final class EpubBooks {
    private EpubBooks() {}

    /**
     * EPUB 3: a main title and a subtitle, a series, an author with a sort name and a second role, a
     * navigation document with a nested contents (two parts of chapters) and landmarks, a cover
     * page, a title page, an epigraph before the first entry, a footnote, a picture, a poem and a
     * copyright page known only by its own {@code epub:type}.
     */
    public static EpubFiles epub3() {
        return new EpubFiles()
                .add("OEBPS/content.opf", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
                          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                            <dc:identifier id="id">urn:uuid:0f3c5a2e-1111-4222-8333-944455556666</dc:identifier>
                            <dc:title id="sub">Two Walks North</dc:title>
                            <meta refines="#sub" property="title-type">subtitle</meta>
                            <dc:title id="main">The Lantern Road</dc:title>
                            <meta refines="#main" property="title-type">main</meta>
                            <meta property="belongs-to-collection" id="set">Roads of the North</meta>
                            <meta refines="#set" property="collection-type">series</meta>
                            <meta refines="#set" property="group-position">2</meta>
                            <dc:creator id="c1">Mara Quill</dc:creator>
                            <meta refines="#c1" property="file-as">Quill, Mara</meta>
                            <meta refines="#c1" property="role" scheme="marc:relators">aut</meta>
                            <meta refines="#c1" property="role" scheme="marc:relators">wpr</meta>
                            <dc:creator id="c2">Tom Reed</dc:creator>
                            <dc:contributor id="c3">Iris Penn</dc:contributor>
                            <meta refines="#c3" property="role" scheme="marc:relators">ill</meta>
                            <dc:language>en-GB</dc:language>
                            <dc:date>1911-04-02</dc:date>
                            <dc:description>&lt;p&gt;Two travellers walk &lt;i&gt;north&lt;/i&gt;.&lt;/p&gt;</dc:description>
                            <meta property="dcterms:modified">2026-01-01T00:00:00Z</meta>
                          </metadata>
                          <manifest>
                            <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
                            <item id="cover-image" href="images/cover.jpg" media-type="image/jpeg" properties="cover-image"/>
                            <item id="cover" href="text/cover.xhtml" media-type="application/xhtml+xml"/>
                            <item id="title" href="text/title.xhtml" media-type="application/xhtml+xml"/>
                            <item id="epigraph" href="text/epigraph.xhtml" media-type="application/xhtml+xml"/>
                            <item id="part1" href="text/part1.xhtml" media-type="application/xhtml+xml"/>
                            <item id="ch1" href="text/ch1.xhtml" media-type="application/xhtml+xml"/>
                            <item id="ch2" href="text/ch2.xhtml" media-type="application/xhtml+xml"/>
                            <item id="part2" href="text/part2.xhtml" media-type="application/xhtml+xml"/>
                            <item id="ch3" href="text/ch3.xhtml" media-type="application/xhtml+xml"/>
                            <item id="copyright" href="text/copyright.xhtml" media-type="application/xhtml+xml"/>
                          </manifest>
                          <spine>
                            <itemref idref="cover"/>
                            <itemref idref="title"/>
                            <itemref idref="nav"/>
                            <itemref idref="epigraph"/>
                            <itemref idref="part1"/>
                            <itemref idref="ch1"/>
                            <itemref idref="ch2"/>
                            <itemref idref="part2"/>
                            <itemref idref="ch3"/>
                            <itemref idref="copyright"/>
                          </spine>
                        </package>
                        """)
                .add("OEBPS/nav.xhtml", EpubFiles.xhtml("""
                        <nav epub:type="toc" id="toc"><h2>Contents</h2>
                          <ol>
                            <li><a href="text/part1.xhtml">Part One</a>
                              <ol>
                                <li><a href="text/ch1.xhtml#start">Chapter 1: The Door</a></li>
                                <li><a href="text/ch2.xhtml">Chapter 2: The Hill</a></li>
                              </ol>
                            </li>
                            <li><a href="text/part2.xhtml">Part Two</a>
                              <ol><li><a href="text/ch3.xhtml">Chapter 1: The River</a></li></ol>
                            </li>
                          </ol>
                        </nav>
                        <nav epub:type="landmarks" hidden="">
                          <ol>
                            <li><a epub:type="cover" href="text/cover.xhtml">Cover</a></li>
                            <li><a epub:type="titlepage" href="text/title.xhtml">Title Page</a></li>
                            <li><a epub:type="bodymatter" href="text/part1.xhtml">Start</a></li>
                          </ol>
                        </nav>
                        """))
                .add("OEBPS/images/cover.jpg", EpubFiles.JPEG)
                .add("OEBPS/text/cover.xhtml", EpubFiles.xhtml(
                        "<section><img src=\"../images/cover.jpg\" alt=\"Cover of the lantern book\"/>"
                                + "<p>Cover wording</p></section>"))
                .add("OEBPS/text/title.xhtml", EpubFiles.xhtml(
                        "<section><h1>The Lantern Road</h1><p>Title page wording</p></section>"))
                .add("OEBPS/text/epigraph.xhtml", EpubFiles.xhtml(
                        "<section epub:type=\"epigraph\"><p>Every road begins at a door.</p></section>"))
                .add("OEBPS/text/part1.xhtml", EpubFiles.xhtml("<section><h2>Part One</h2></section>"))
                .add("OEBPS/text/ch1.xhtml", EpubFiles.xhtml("""
                        <section epub:type="chapter"><h3 id="start">Chapter 1: The Door</h3>
                        <p>The door was painted red<a epub:type="noteref" href="#n1">1</a> and it creaked.</p>
                        <p><img src="../images/cover.jpg" alt="A drawing of the door"/>They left at dawn.</p>
                        <aside epub:type="footnote" id="n1"><p>Footnote wording about paint.</p></aside>
                        </section>
                        """))
                .add("OEBPS/text/ch2.xhtml", EpubFiles.xhtml("""
                        <section epub:type="chapter"><h3>Chapter 2: The Hill</h3>
                        <p>The hill was steep.</p>
                        <blockquote><p>Up we go,<br/>slow and slow.</p></blockquote>
                        </section>
                        """))
                .add("OEBPS/text/part2.xhtml", EpubFiles.xhtml("<section><h2>Part Two</h2></section>"))
                .add("OEBPS/text/ch3.xhtml", EpubFiles.xhtml("""
                        <section epub:type="chapter"><h3>Chapter 1: The River</h3>
                        <p>The river was wide and cold.</p>
                        </section>
                        """))
                .add("OEBPS/text/copyright.xhtml", EpubFiles.xhtml(
                        "<section epub:type=\"copyright-page\"><p>Copyright wording, all rights reserved.</p></section>"));
    }

    /**
     * EPUB 2: contents in the NCX only, authors by {@code opf:role} with {@code opf:file-as}, a series as
     * Calibre names it, the cover named by a {@code meta}
     * and the cover and title pages by the guide.
     */
    public static EpubFiles epub2() {
        return new EpubFiles()
                .add("OEBPS/content.opf", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
                          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
                            <dc:identifier id="id">salt-marsh-1</dc:identifier>
                            <dc:title>The Salt Marsh</dc:title>
                            <dc:creator opf:role="aut" opf:file-as="Vale, Hannah">Hannah Vale</dc:creator>
                            <dc:creator opf:role="ill">Otto Brand</dc:creator>
                            <dc:language>en</dc:language>
                            <dc:date opf:event="publication">1898</dc:date>
                            <meta name="cover" content="cover-image"/>
                            <meta name="calibre:series" content="Tidewater Tales"/>
                            <meta name="calibre:series_index" content="3.0"/>
                          </metadata>
                          <manifest>
                            <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
                            <item id="cover-image" href="cover.png" media-type="image/png"/>
                            <item id="cover" href="cover.html" media-type="application/xhtml+xml"/>
                            <item id="title" href="title.html" media-type="application/xhtml+xml"/>
                            <item id="c1" href="chapter1.html" media-type="application/xhtml+xml"/>
                            <item id="c2" href="chapter2.html" media-type="application/xhtml+xml"/>
                            <item id="c3" href="chapter3.html" media-type="application/xhtml+xml"/>
                          </manifest>
                          <spine toc="ncx">
                            <itemref idref="cover" linear="no"/>
                            <itemref idref="title"/>
                            <itemref idref="c1"/>
                            <itemref idref="c2"/>
                            <itemref idref="c3"/>
                          </spine>
                          <guide>
                            <reference type="cover" title="Cover" href="cover.html"/>
                            <reference type="title-page" title="Title" href="title.html"/>
                            <reference type="text" title="Text" href="chapter1.html"/>
                          </guide>
                        </package>
                        """)
                .add("OEBPS/toc.ncx", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
                          <head><meta name="dtb:uid" content="salt-marsh-1"/></head>
                          <docTitle><text>The Salt Marsh</text></docTitle>
                          <navMap>
                            <navPoint id="n1" playOrder="1"><navLabel><text>I. The Tide</text></navLabel><content src="chapter1.html"/></navPoint>
                            <navPoint id="n2" playOrder="2"><navLabel><text>II. The Heron</text></navLabel><content src="chapter2.html"/></navPoint>
                            <navPoint id="n3" playOrder="3"><navLabel><text>III. The Storm</text></navLabel><content src="chapter3.html#storm"/></navPoint>
                          </navMap>
                        </ncx>
                        """)
                .add("OEBPS/cover.png", EpubFiles.PNG)
                .add("OEBPS/cover.html", EpubFiles.xhtml("<div><img src=\"cover.png\" alt=\"Cover\"/><p>Cover wording</p></div>"))
                .add("OEBPS/title.html", EpubFiles.xhtml("<h1>The Salt Marsh</h1><p>Title page wording</p>"))
                .add("OEBPS/chapter1.html", EpubFiles.xhtml(
                        "<h2>I. The Tide</h2><p>The tide came in over the flats.</p>"))
                .add("OEBPS/chapter2.html", EpubFiles.xhtml(
                        "<h2>II. The Heron</h2><p>A heron stood in the reeds.</p>"))
                .add("OEBPS/chapter3.html", EpubFiles.xhtml(
                        "<p>The sky went dark.</p><h2 id=\"storm\">III. The Storm</h2><p>Rain swept the marsh.</p>"));
    }
}
