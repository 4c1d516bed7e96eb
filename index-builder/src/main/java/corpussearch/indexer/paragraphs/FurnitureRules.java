package corpussearch.indexer.paragraphs;

import java.util.List;

/** The one place where the furniture rules are composed, in precedence order. */
final class FurnitureRules {
  private FurnitureRules() {}

  /**
   * The default rules. Order matters: a line takes the reason of the first rule that claims it.
   * Line-shape rules run first so that footer lines inside the comment region keep their own
   * reason; related lists run before the comment region sweep; the author bio runs last because it
   * needs to know which blocks are the last ones left; repeated chrome comes after the families and
   * the comment sweep, so it only takes what none of them explained (a commenter's head repeats
   * too); an offer goes before the advert label over it, so the label's box is judged on the lines
   * left; a labelled card is whatever labelled block no other rule explained; what the publication
   * says of itself at the story's edges is judged once the families have taken theirs, so that the
   * walk from the end meets the story soon; what is left outside the run of prose and is no prose
   * itself goes after them; what is left at the story's edges about something else goes last, once
   * each rule of a kind or a shape has taken its own whole (a run of headlines cut short from its
   * end would be no run for the shape rule).
   */
  static List<FurnitureRule> defaults() {
    return List.of(
        new MetadataEchoRule(),
        new DateStampRule(), new RunningHeadRule(),
        new KeyPointsRule(), new EndnotesRule(), new CitationRule(), new FactBoxRule(), new LeadSummaryRule(), new MethodNoteRule(),
        new ReaderNoteRule(),
        new BylineRule(), new NavigationRule(), new StandfirstRule(),
        new TickerRule(), new AlertBannerRule(), new CapitalLabelRule(), new ConsentBarRule(),
        new LinkBarRule(), new LinkedLineRule(),
        new SignedCommentRule(), new PastedArticleRule(),
        new ShareBarRule(),
        new CopyrightRule(),
        new DisclaimerRule(),
        new SiteVoiceRule(),
        new PublisherDescriptionRule(), new AboutIssuerRule(),
        new DisclosureRule(),
        new NewsletterRule(),
        new DownloadPromptRule(),
        new CaptionRule(),
        new ProductionNoteRule(), new ClientNoteRule(),
        new ImprintRule(), new MastheadRule(),
        new ReleaseRule(),
        new AdvertRule(),
        new OfferRule(),
        new AdvertLabelRule(),
        new ContactLineRule(),
        new TagListRule(),
        new PromoRule(),
        new CreditLineRule(),
        new PollRule(),
        new ReactionWidgetRule(),
        new BriefsRoundupRule(), new RelatedListRule(),
        new CommentRule(),
        new RepeatedChromeRule(),
        new AuthorBioRule(),
        new ContactCardRule(), new StoryEdgesRule(),
        new OutsideProseRule(),
        new ReaderAddressRule(), new OffTopicEdgesRule());
  }
}
