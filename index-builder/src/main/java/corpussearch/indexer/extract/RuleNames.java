package corpussearch.indexer.extract;

/**
 * The names of the extraction rules, as reported in {@link FieldValue#rule()}.
 *
 * <p>Kept in one place because they are part of the output contract: reports and the metadata CSV
 * show them, so renaming one is a visible change.
 */
public final class RuleNames {
  static final String REPEATED_TITLE = "repeated-title";
  static final String FIRST_LINE = "first-line";
  static final String HEADING_MARK = "heading-mark";
  static final String BELOW_REPEATED_NAME = "below-repeated-name";
  static final String OVER_BYLINE = "over-byline";

  static final String BY_LINE = "by-line";
  static final String AUTHOR_LABEL = "author-label";
  static final String POSTED_ON = "posted-on";
  static final String BYLINE_WITH_DATE = "byline-with-date";
  static final String WRITTEN_BY_BLOCK = "written-by-block";
  static final String AUTHOR_SIGN_OFF = "author-sign-off";
  static final String AUTHOR_BIO = "author-bio";
  static final String ROLE_BYLINE = "name-with-role";
  static final String NAME_WITH_DATE_LINE = "name-above-date";
  static final String NAME_ABOVE_EMAIL = "name-above-email";
  static final String NAME_UNDER_PORTRAIT = "name-under-portrait";
  static final String CREDIT_LINE = "credit-line";
  static final String COVERS_FOR = "covers-for";
  static final String SIGNATURE = "signature";
  static final String SEGMENTED_BYLINE = "segmented-byline";
  static final String NAME_UNDER_HEADLINE = "name-under-headline";

  static final String MASTHEAD = "masthead";
  static final String REPEATED_NAME = "repeated-name";
  static final String OUTLET_SIGN_OFF = "outlet-sign-off";
  static final String OUTLET_DISCLAIMER = "outlet-disclaimer";
  static final String COPYRIGHT_LINE = "copyright-line";
  static final String POSTAL_ADDRESS = "postal-address";
  static final String LETTERHEAD = "letterhead";
  static final String SITE_UNDER_HEADLINE = "site-under-headline";
  static final String SELF_DESCRIPTION = "outlet-self-description";
  static final String ROLE_LINE = "role-line";
  static final String HOST_WORDS = "host-words";
  static final String HOME_LINK = "home-link";
  static final String FEED_TITLE = "feed-title";
  static final String SEEN_BY = "seen-by";
  static final String MORE_BY = "more-by";
  static final String DOMAIN_NAME = "domain-name";
  static final String NAMED_WITH_INITIALS = "named-with-initials";
  static final String OUTLET_WITH_DATE = "outlet-with-date";
  static final String TITLE_SUFFIX = "title-suffix";
  static final String TITLE_PREFIX = "title-prefix";

  static final String DATE_LABEL = "date-label";
  static final String DATELINE = "dateline";
  static final String RELEASE_DATE = "release-date";
  static final String PAGE_DATE = "page-date";
  static final String PRINT_EDITION_DATE = "print-edition-date";
  static final String FIRST_APPEARED_DATE = "first-appeared-date";
  static final String SENT_DATE = "sent-date";
  static final String WIRE_DATELINE = "wire-dateline";
  static final String LEAD_DATELINE = "lead-dateline";
  /** A date only an "Updated …" label gives; public because the web path does not take it for the publication date. */
  public static final String UPDATED_LABEL = "updated-label";

  static final String FIELD_BLOCK = "field-block";
  /** A mail's subject tagged as a list post ("[horn-security] FW: …"): the poster's words for what they pass on. */
  static final String LIST_SUBJECT = "list-subject";
  static final String CITATION_LINE = "citation-line";
  static final String APPEARED_FIRST_ON = "appeared-first-on";
  static final String RUNNING_HEADER = "running-header";
  static final String WIRE_STAMP = "wire-stamp";
  static final String SHARE_FOOTER = "share-footer";
  static final String SOURCE_LINE = "source-line";
  static final String TEXT_CREDIT = "text-credit";
  static final String SPELLED_OUT = "spelled-out";

  private RuleNames() {}
}
