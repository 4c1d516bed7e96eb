package corpussearch.indexer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.report.ArticleReport;
import corpussearch.indexer.report.BuildReport;
import corpussearch.indexer.warc.WarcFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved pages, web archives and JSON Lines with addresses, built into a real index on disk. */
class WebSourcesBuildTest {

  private static final String TEXT = "The regional water board approved a new reservoir on Wednesday after three years of planning and protest.";

  @TempDir Path tmp;

  @Test
  void everyArticleKeepsItsAddressAndSiteAndTheSiteNamesAnUnnamedOutlet() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("saved.html"), WarcFiles.article(
        "<link rel=canonical href=\"https://www.valleynews.example/water/reservoir\">"
            + "<meta property=\"og:site_name\" content=\"Valley News\"><meta property=\"og:title\" content=\"Reservoir approved\">", TEXT));
    try (WarcFiles warc = new WarcFiles(corpus.resolve("crawl.warc.gz"), true)) {
      warc.response("https://blog.example.net/post/1", 200, "text/html", WarcFiles.article("<title>A post</title>", TEXT));
    }
    Files.writeString(corpus.resolve("feed.jsonl"),
        "{\"id\":\"j1\",\"title\":\"Dam\",\"text\":\"" + TEXT + "\",\"url\":\"http://www.wire.example/dam\"}\n"
            + "{\"id\":\"j2\",\"title\":\"Dam two\",\"text\":\"" + TEXT + "\",\"url\":\"javascript:alert(1)\"}\n");
    BuildReport report = IndexBuildTest.build(corpus, tmp.resolve("index"), true);

    Map<String, ArticleReport> articles = report.articles().stream().collect(Collectors.toMap(ArticleReport::articleId, a -> a));
    assertThat(articles.get("saved").metadata().outlet()).isEqualTo(FieldValue.of("Valley News", "og:site_name"));
    String postId = articles.keySet().stream().filter(id -> id.startsWith("blog.example.net-")).findFirst().orElseThrow();
    assertThat(articles.get(postId).metadata().outlet()).isEqualTo(FieldValue.of("blog.example.net", "site"));
    assertThat(articles.get(postId).metadata().date().rule()).isEqualTo("warc-capture-date");

    Map<String, String[]> stored = urlAndSite(tmp.resolve("index"));
    assertThat(stored.get("saved")).containsExactly("https://www.valleynews.example/water/reservoir", "valleynews.example");
    assertThat(stored.get(postId)).containsExactly("https://blog.example.net/post/1", "blog.example.net");
    assertThat(stored.get("j1")).containsExactly("http://www.wire.example/dam", "wire.example");
    assertThat(stored.get("j2")).containsExactly(null, null);
  }

  private static Map<String, String[]> urlAndSite(Path index) throws IOException {
    Map<String, String[]> byArticle = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      StoredFields fields = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        Document stored = fields.document(doc);
        byArticle.put(stored.get(IndexSchema.ARTICLE_ID), new String[] {stored.get(IndexSchema.URL), stored.get(IndexSchema.SITE)});
      }
    }
    return byArticle;
  }
}
