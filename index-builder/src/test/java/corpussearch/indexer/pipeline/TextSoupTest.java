package corpussearch.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.corpus.MetadataOverrides;
import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.source.SourceDocument;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * A text file may hold anything: stray labels, half bylines, impossible dates, control and
 * bidirectional characters, emoji, regex metacharacters. A build reads every file, and one that
 * throws stops the build, so any text must go through the pipeline, the same way each time (the
 * article's hash decides what an incremental build rewrites), with no blank paragraph.
 */
class TextSoupTest {

  @Property(tries = 200)
  void anyTextIsReadTheSameWayEveryTime(@ForAll("texts") List<String> lines) {
    String text = String.join("\n", lines);
    SourceDocument source = new SourceDocument("a", "a.txt", text, null, ArticleMetadata.empty(), text);

    ArticlePipeline.Result result = new ArticlePipeline(MetadataOverrides.none()).process(source);

    assertThat(new ArticlePipeline(MetadataOverrides.none()).process(source)).isEqualTo(result);
    assertThat(result.article().paragraphs()).noneMatch(paragraph -> paragraph.text().isBlank());
  }

  @Provide
  Arbitrary<List<String>> texts() {
    Arbitrary<String> pieces = Arbitraries.of("By Ana Ruiz and Tom Bell", "BY ANA RUIZ | Reporter", "13 November 2024", "Updated 2 hours ago",
        "Soup Times", "THE SOUP TIMES", "Home | News | Sport", "|", "·", "—", "By", "By ,", "and", "Photo:", "(c)", "©", "Posted:", "Published",
        "Reporting by ; Editing by", "From:", "Subject:", "Date:", "> quoted", ">>", "[1]", "* * *", "###", "# ", "---", "title: x", "- ",
        "1.", "ADVERTISEMENT", "Share", "Tags:", "13/11/24", "2024-13-45", "31 February 2024", "Mon", "at 14:05 GMT", "Page 1 of 2",
        "The harbour board voted on Tuesday to dredge the channel before the winter storms, its chair said.", "", " ", "\t", "\u00a0",
        "\u200b", "\uFEFF", "\u202e", "\ud83d\ude00", "A", "A.", "K. P.", "Mc", "O'", "'", "\"", "“", "(", ")", "[", "]", "{", "}", "\\", "$",
        "^", "*", "?", "+", "..", ":", ";", "http://", "www.", "@", "#", "%");
    Arbitrary<String> line = Arbitraries.frequencyOf(Tuple.of(6, pieces.list().ofMaxSize(5).map(p -> String.join(" ", p))),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(80)));
    return line.list().ofMinSize(1).ofMaxSize(40);
  }
}
