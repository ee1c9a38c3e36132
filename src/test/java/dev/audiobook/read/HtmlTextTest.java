package dev.audiobook.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void headingsStandApartWithTheirLinesAndParagraphsAreBlocks() {
        String html = """
                <html><head><title>The Mill</title><style>p { color: red }</style></head><body>
                <h1>The Mill</h1>
                <h2><a id="c1"></a>Chapter I<br>The River</h2>
                <p>Sam woke late,
                   and the mill was turning.</p><p>He ran.</p>
                </body></html>""";

        assertThat(HtmlText.toText(html)).isEqualTo(
                "The Mill\n\n\n\n\nChapter I\nThe River\n\n\nSam woke late, and the mill was turning.\n\nHe ran.\n");
        assertThat(HtmlText.title(html)).isEqualTo("The Mill");
    }

    @Test
    void whatIsNotReadIsLeftOut() {
        String html = """
                <body><p>One<span class="pagenum"><a id="Page_12">[Pg 12]</a></span> day<a class="fnanchor"
                href="#fn1">[1]</a> it rained.<img src="rain.png" alt="A picture of rain"></p>
                <script>var x = 1;</script>
                <div class="footnote"><p>1. A note.</p></div>
                <section id="pg-footer"><p>End of the Project Gutenberg EBook</p></section></body>""";

        assertThat(HtmlText.toText(html)).isEqualTo("One day it rained.\n");
    }

    @Test
    void aDropCapitalDrawnAsAPictureKeepsItsLetter() {
        String html = "<p><span class=\"letra\"><img src=\"w.png\" alt=\"W\"></span>ITH no delay they left.</p>";

        assertThat(HtmlText.toText(html)).isEqualTo("WITH no delay they left.\n");
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        String html = "<div>".repeat(50_000) + "<p>Deep inside.</p>" + "</div>".repeat(50_000);

        assertThat(HtmlText.toText(html)).isEqualTo("Deep inside.\n");
    }
}
