package corpussearch.indexer.html;

import corpussearch.indexer.source.SourceDocument;
import corpussearch.indexer.source.WebAddresses;
import corpussearch.indexer.extract.ArticleMetadata;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What an HTML page holds for the index: its metadata (with the source of each value), its
 * address and its body paragraphs.
 *
 * @param metadata title, author, outlet and date, each from the most trustworthy source that speaks
 * @param url the page's own address (canonical link, {@code og:url}, JSON-LD {@code url}), else
 *     the address it was read from; null when neither is an http(s) address
 * @param paragraphs the body's text blocks in reading order, headings among them
 */
public record HtmlPage(ArticleMetadata metadata, String url, List<String> paragraphs) {

  public HtmlPage {
    paragraphs = List.copyOf(paragraphs);
  }

  /**
   * Parses a page.
   *
   * @param bytes the page as stored
   * @param charset the character set its transport declared, or null to detect it (byte order
   *     mark, {@code <meta charset>}, else UTF-8)
   * @param address where the page was fetched from, or null; resolves relative links
   */
  public static HtmlPage parse(byte[] bytes, String charset, String address) {
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(bytes), charset, address == null ? "" : address);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
    HtmlMetadata metadata = new HtmlMetadata(page);
    String stated = WebAddresses.webUrl(metadata.statedUrl());
    String url = stated != null ? stated : WebAddresses.webUrl(address);
    MainContent.Body body = MainContent.body(page);
    return new HtmlPage(metadata.metadata(url, () -> MainContent.pageBlocks(page), body.blocks()), url, body.paragraphs());
  }

  /** Whether the page has any body text to index. */
  public boolean hasBody() {
    return !paragraphs.isEmpty();
  }

  /** The page as a corpus document, with {@code metadata} as what the source states. */
  public SourceDocument document(String articleId, String sourceFile, ArticleMetadata metadata, String fingerprint) {
    return new SourceDocument(articleId, sourceFile, null, paragraphs, metadata, fingerprint, url, null);
  }
}
