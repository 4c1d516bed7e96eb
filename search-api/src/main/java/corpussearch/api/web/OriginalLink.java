package corpussearch.api.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A link to the page an article was read from, for the pages: only http and https addresses
 * become links (never {@code javascript:} or {@code data:}), labelled with their site.
 *
 * @param href the address
 * @param site its host name without {@code www.}
 */
record OriginalLink(String href, String site) {

  /** The link to {@code url}, or null when it is not an http or https address. */
  static OriginalLink of(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost();
      if (!(scheme.equals("http") || scheme.equals("https")) || host == null) {
        return null;
      }
      String lower = host.toLowerCase(Locale.ROOT);
      return new OriginalLink(uri.toASCIIString(), lower.startsWith("www.") ? lower.substring(4) : lower);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
