package corpussearch.indexer.html;

import static corpussearch.indexer.html.HtmlRuleNames.ADDRESS_DATE_RULE;

import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.extract.NameAndDateShapes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date a page's address files it under, for pages that state none. */
final class AddressDate {

  /** A date in an address's path: year, month and day as their own segments or one joined segment. */
  private static final Pattern ADDRESS_DATE =
      Pattern.compile("^(?:https?://)?[^/]+(?:/[^/?#]*){0,40}?/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2]|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[/-]?(0[1-9]|[12]\\d|3[01])(?=[/_-]|\\.html?|$)");

  private AddressDate() {}

  /**
   * The date in the page's path, "/2024/03/08/", "/2024-03-08/", "/2023/dec/07/": content systems
   * file an article under the day it appeared. A year and month alone ("/2023/11/") is no date.
   */
  static FieldValue of(String url) {
    Matcher path = url == null ? null : ADDRESS_DATE.matcher(url);
    if (path == null || !path.find()) {
      return FieldValue.unknown();
    }
    String month = path.group(2);
    String written = Character.isDigit(month.charAt(0))
        ? path.group(1) + "-" + month + "-" + path.group(3)
        : path.group(3) + " " + month + " " + path.group(1);
    return NameAndDateShapes.isoDate(written)
        .map(date -> FieldValue.of(date, ADDRESS_DATE_RULE))
        .orElse(FieldValue.unknown());
  }
}
