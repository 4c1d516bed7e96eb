package corpussearch.indexer.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Saved pages are tag soup: unclosed and stray tags, comments and {@code <?…?>} instructions
 * anywhere, declared metadata of every shape a CMS gets wrong. Every such page is read, never
 * thrown out: one unexpected node type once made the reader skip a whole page.
 */
class MarkupSoupTest {

  @Property(tries = 200)
  void anyTagSoupIsReadTheSameWayTwice(@ForAll("heads") List<String> head, @ForAll("soup") List<String> body) {
    byte[] html = ("<html><head>" + String.join("", head) + "</head><body>" + String.join("", body)).getBytes(StandardCharsets.UTF_8);

    HtmlPage page = HtmlPage.parse(html, null, "https://soup.example/news/2024/11/13/story");

    assertThat(HtmlPage.parse(html, null, "https://soup.example/news/2024/11/13/story")).isEqualTo(page);
  }

  @Provide
  Arbitrary<List<String>> heads() {
    return Arbitraries.of("<title>Harbour | Soup Times</title>", "<title></title>", "<meta property=\"og:site_name\" content=\"\">",
        "<meta name=\"author\" content=\"By , and \">", "<meta property=\"article:published_time\" content=\"not a date\">",
        "<meta name=\"dc.date\" content=\"31/02/2024\">", "<link rel=\"canonical\" href=\"javascript:void(0)\">",
        "<script type=\"application/ld+json\">{\"@type\":[\"NewsArticle\",null],\"author\":[[{\"name\":7}],\"\"],\"publisher\":\"\"}</script>",
        "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"Person\"},{\"headline\":{\"a\":1},\"datePublished\":[]}]}</script>",
        "<script type=\"application/ld+json\">[{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Organization\"}}, 3, \"x\"]</script>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",</script>", "<!-- head comment -->", "<?xml version=\"1.0\"?>")
        .list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<String>> soup() {
    Arbitrary<String> tags = Arbitraries.of("<div class=\"story-body\">", "</div>", "<article>", "</article>", "<p>", "</p>", "<br>", "<h1>",
        "</h1>", "<h2 class=\"byline\">", "<table><tr><td>", "</td></tr></table>", "<font size=\"2\">", "<b>", "</b>", "<ul><li>", "</li>",
        "<figure><figcaption>", "</figcaption></figure>", "<aside class=\"related\">", "</aside>", "<footer>", "<nav>", "<form><input>",
        "<template>", "</template>", "<svg><title>", "</svg>", "<math>", "<noscript>", "<iframe>", "<select><option>", "<span itemprop=\"author\">",
        "<time datetime=\"2024-13-45\">", "</time>", "<a href=\"/author/x\">", "</a>", "<main>", "<section>", "<header>", "<textarea>");
    Arbitrary<String> silent = Arbitraries.of("<!-- .field-body -->", "<!--[if IE]><p>x</p><![endif]-->", "<?php the_content(); ?>",
        "<![CDATA[ y ]]>", "<!---->", "<!DOCTYPE html>", "</>", "<>", "&nbsp;", "&#0;", "&#xD800;", "&bogus;", "\u0000", "\uFEFF");
    Arbitrary<String> text = Arbitraries.of("By Ana Ruiz and Tom Bell", "13 November 2024", "Updated 2 hours ago", "Soup Times",
        "The harbour board voted on Tuesday to dredge the channel before the winter storms, its chair said.", "Share", "Home",
        "© 2024 Soup Times Ltd", "Photo: Reuters", "|", "·", "", " ", "\n\n");
    return Arbitraries.frequencyOf(Tuple.of(4, tags), Tuple.of(2, silent), Tuple.of(4, text))
        .list().ofMaxSize(60);
  }
}
