package corpussearch.indexer.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/** Web addresses of articles: which ones are kept, and the site each one is on. */
public final class WebAddresses {

  /** 48 bits of digest: a clash is unlikely below millions of pages, and reported if it happens. */
  private static final int ID_DIGEST_CHARS = 12;

  private WebAddresses() {}

  /** {@code value} stripped when it is an absolute http or https address, else null. */
  public static String webUrl(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return host(stripped) != null ? stripped : null;
  }

  /** The host name of a web address without a leading {@code www.}, lower case; null when none. */
  public static String site(String url) {
    String host = url == null ? null : host(url.strip());
    if (host == null) {
      return null;
    }
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /**
   * A stable article id for the page at {@code url}: its site and a digest of the whole address
   * ({@code example.com-3f2a9c01d4e5}), the same in every build and free of path separators.
   */
  public static String articleId(String url) {
    String digest = UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    String site = site(url);
    return (site != null ? site : "page") + "-" + digest.substring(0, ID_DIGEST_CHARS);
  }

  private static String host(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
      String host = uri.getHost();
      return web && host != null && !host.isBlank() ? host.toLowerCase(Locale.ROOT) : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
