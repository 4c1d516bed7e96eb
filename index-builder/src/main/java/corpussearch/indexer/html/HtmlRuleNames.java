package corpussearch.indexer.html;

/**
 * The names of the sources an HTML page's metadata can come from, as reported in {@code
 * FieldValue#rule()}. Part of the output contract, like the text path's rule names.
 */
final class HtmlRuleNames {
  static final String JSON_LD = "json-ld";
  static final String MICRODATA = "microdata";
  static final String OG_TITLE = "og:title";
  static final String OG_SITE_NAME = "og:site_name";
  static final String ARTICLE_PUBLISHED_TIME = "article:published_time";
  static final String ARTICLE_AUTHOR = "article:author";
  static final String DC_TITLE = "dc-title";
  static final String DC_CREATOR = "dc-creator";
  static final String DC_DATE = "dc-date";
  static final String DC_PUBLISHER = "dc-publisher";
  static final String META_AUTHOR = "meta-author";
  static final String META_BYL = "meta-byl";
  static final String META_DATE = "meta-date";
  static final String META_PUBLISHER = "meta-publisher";
  static final String SHOWN_DATE = "shown-date";
  static final String H1 = "h1";
  static final String EMPHASISED_HEADLINE = "emphasised-headline";
  /** A heading above the text that a declared headline begins: the declared one was cut short. */
  static final String SHOWN_HEADING = "shown-heading";
  static final String TITLE_TAG = "title-tag";
  static final String TITLE_SUFFIX = "title-suffix";
  static final String TITLE_PREFIX = "title-prefix";
  static final String TITLE_COPYRIGHT = "title-copyright";
  static final String LOGO_COPYRIGHT = "logo-copyright";
  /** A name the page shows (logo, logo image, a {@code <title>} that is a name alone) that its host name spells. */
  static final String SHOWN_NAME = "shown-name";
  static final String LOGO_REPEATED = "logo-repeated";
  static final String TIME_DATETIME = "time-datetime";
  static final String BYLINE = "byline";
  static final String AUTHOR_CARDS = "author-cards";
  static final String SIGN_OFF = "sign-off";
  static final String CREDIT_LINE = "credit-line";
  static final String USER_NAME = "user-name";
  static final String APP_STATE = "app-state";
  static final String TWITTER_DATA = "twitter:data";
  static final String ADDRESS_DATE_RULE = "url-date";

  private HtmlRuleNames() {}
}
