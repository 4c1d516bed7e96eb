package corpussearch.indexer.eval;

import java.util.List;

/**
 * Page furniture of the kinds news pages carry, each as a class-named CMS widget and as the same
 * words set in plain markup (a word-processor export, a hand-made page), with the phrases that
 * must not be findable once the page is indexed.
 */
enum PageFurniture {
  NEWSLETTER(Place.AFTER,
      "<div class=\"newsletter-signup\"><h3>Get the Morning Briefing</h3><p>Sign up for our free daily newsletter and get the top stories in"
          + " your inbox every morning.</p><form><input type=\"email\" placeholder=\"Your email\"><button>Subscribe</button></form></div>",
      "<p><b>Get the Morning Briefing</b></p><p>Sign up for our free daily newsletter and get the top stories in your inbox every"
          + " morning.</p>",
      "Sign up for our free daily newsletter and get the top stories"),
  RELATED(Place.SIDE,
      "<section class=\"related-posts\"><h2>Related stories</h2><ul><li><a href=\"/2021/harbour-wall-repairs\">Harbour wall repairs"
          + " finally finished after storm damage</a></li><li><a href=\"/2021/school-run-parking\">Parents warned over school run"
          + " parking on Mill Lane</a></li></ul></section>",
      "<p><b>More news</b></p><p><a href=\"/2021/harbour-wall-repairs\">Harbour wall repairs finally finished after storm damage</a></p>"
          + "<p><a href=\"/2021/school-run-parking\">Parents warned over school run parking on Mill Lane</a></p>",
      "Harbour wall repairs finally finished after storm damage", "Parents warned over school run parking on Mill Lane"),
  COMMENTS(Place.AFTER,
      "<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">2 thoughts on this story</h2><ol class=\"comment-list\">"
          + "<li class=\"comment\"><div class=\"comment-author vcard\"><b class=\"fn\">Gareth P.</b> <span class=\"says\">says:</span></div>"
          + "<div class=\"comment-content\"><p>About time too, this should have been done years ago and everyone knows it.</p></div></li>"
          + "</ol></div>",
      null, "this should have been done years ago and everyone knows it"),
  SHARE_BAR(Place.INLINE_TOP,
      "<div class=\"share-buttons\"><span>Share this article</span> <a href=\"https://facebook.com/sharer\">Facebook</a>"
          + " <a href=\"https://x.com/intent\">Twitter</a> <a href=\"mailto:?\">Email</a> <a href=\"#\">Copy link</a></div>",
      "<p>Share: <a href=\"https://facebook.com/sharer\">Facebook</a> | <a href=\"https://x.com/intent\">Twitter</a> |"
          + " <a href=\"mailto:?\">Email</a> | <a href=\"#\">Copy link</a></p>",
      "Copy link"),
  COOKIE_BANNER(Place.TOP,
      "<div id=\"cookie-notice\" role=\"dialog\" class=\"cn-banner\"><p>We use cookies to give you the best experience on our website."
          + " By continuing to browse you agree to our use of cookies.</p><button>Accept all</button></div>",
      null, "We use cookies to give you the best experience on our website"),
  AUTHOR_BIO(Place.AFTER,
      "<div class=\"author-bio\"><h4>About the author</h4><p>AUTHOR is a senior reporter who has covered transport and local government"
          + " for more than a decade.</p></div>",
      "<p><i>AUTHOR is a senior reporter who has covered transport and local government for more than a decade.</i></p>",
      "is a senior reporter who has covered transport and local government"),
  DONATION(Place.AFTER,
      "<div class=\"donate-box\"><p>Independent local journalism costs money. Support OUTLET today from just £3 a month.</p>"
          + "<a class=\"button\" href=\"/donate\">Donate now</a></div>",
      "<p><b>Support OUTLET</b></p><p><i>Independent local journalism costs money. Support OUTLET today from just £3 a month.</i></p>",
      "Independent local journalism costs money"),
  CAPTION_CREDIT(Place.INLINE,
      "<figure class=\"wp-block-image\"><img src=\"/images/photo.jpg\" alt=\"\"><figcaption>Volunteers at work on Saturday morning."
          + " Photo: Ines Carvalho</figcaption></figure>",
      "<p><img src=\"photo.jpg\" alt=\"\"><br><small>Volunteers at work on Saturday morning. Photo: Ines Carvalho</small></p>",
      "Volunteers at work on Saturday morning"),
  TAGS(Place.AFTER,
      "<div class=\"post-tags\"><span>Tags:</span> <a href=\"/tag/transport\" rel=\"tag\">Transport</a>, <a href=\"/tag/council\" rel=\"tag\">"
          + "Council</a>, <a href=\"/tag/budget-cuts\" rel=\"tag\">Budget cuts</a></div>",
      "<p>Tags: <a href=\"/tag/transport\">Transport</a>, <a href=\"/tag/council\">Council</a>, <a href=\"/tag/budget-cuts\">Budget cuts</a></p>",
      "Tags: Transport, Council, Budget cuts"),
  MOST_READ(Place.SIDE,
      "<div class=\"widget most-read\"><h3>Most read</h3><ol><li><a href=\"/2021/lighthouse-keepers-cottage\">Lighthouse keeper's cottage"
          + " sold for record price</a></li><li><a href=\"/2021/choir-wins\">Church choir wins regional final</a></li></ol></div>",
      "<p><b>MOST READ</b></p><ol><li><a href=\"/2021/lighthouse-keepers-cottage\">Lighthouse keeper's cottage sold for record price</a>"
          + "</li><li><a href=\"/2021/choir-wins\">Church choir wins regional final</a></li></ol>",
      "Lighthouse keeper's cottage sold for record price", "Church choir wins regional final"),
  METER(Place.AFTER,
      "<div class=\"article-meter\"><p>You have read 3 of your 5 free articles this month. Subscribe for unlimited access to OUTLET.</p>"
          + "</div>",
      "<p><i>You have read 3 of your 5 free articles this month. Subscribe for unlimited access to OUTLET.</i></p>",
      "You have read 3 of your 5 free articles this month"),
  BREADCRUMBS(Place.INLINE_TOP,
      "<ol class=\"breadcrumb\"><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/news/local\">"
          + "Local government</a></li></ol>",
      "<p><a href=\"/\">Home</a> › <a href=\"/news\">News</a> › <a href=\"/news/local\">Local government</a></p>",
      "Home › News › Local government"),
  TOOLS(Place.INLINE_TOP,
      "<div class=\"article-tools\"><a href=\"?print=1\">Print this article</a> <a href=\"mailto:?\">Email a friend</a>"
          + " <a href=\"#\">Text size</a></div>",
      "<p><a href=\"?print=1\">Print this article</a> | <a href=\"mailto:?\">Email a friend</a> | <a href=\"#\">Text size</a></p>",
      "Print this article"),
  RELATED_INLINE(Place.INLINE,
      "<p class=\"related-link\">Related: <a href=\"/2021/pier-closure\">Pier closed to the public after winter storm damage</a></p>",
      "<p>Related: <a href=\"/2021/pier-closure\">Pier closed to the public after winter storm damage</a></p>",
      "Pier closed to the public after winter storm damage"),
  /** A component system's card for another page set between two boxes of the text, with no link on its headline. */
  TEASER_CARD(Place.INLINE,
      "<div class=\"teaser\"><div class=\"cmp-teaser cmp-teaser--inline\"><div class=\"cmp-teaser__content\"><p class=\"cmp-teaser__pretitle\">"
          + "Programme</p><h3 class=\"cmp-teaser__title\">How community monitoring works: a guide for partner villages</h3></div></div></div>",
      null, "How community monitoring works: a guide for partner villages"),
  READ_MORE(Place.INLINE,
      "<aside class=\"read-more\"><strong>Read more:</strong> <a href=\"/2021/ferry-timetable\">Ferry timetable cut to three sailings a"
          + " day</a></aside>",
      "<p><b>READ MORE:</b> <a href=\"/2021/ferry-timetable\">Ferry timetable cut to three sailings a day</a></p>",
      "Ferry timetable cut to three sailings a day"),
  ABOUT_ISSUER(Place.AFTER,
      "<div class=\"release-boilerplate\"><h3>About Harbour Energy Co-operative</h3><p>Harbour Energy Co-operative is a member-owned"
          + " energy co-operative registered in 2021. It develops renewable energy projects for island communities.</p></div>",
      "<p><b>About Harbour Energy Co-operative</b><br>Harbour Energy Co-operative is a member-owned energy co-operative registered in"
          + " 2021. It develops renewable energy projects for island communities.</p>",
      "is a member-owned energy co-operative registered in 2021"),
  RELEASE_END(Place.AFTER,
      "<div class=\"release-contact\"><p>Media contact:<br>Jordan Pike, Communications Manager<br>+1 555 010 0199 · press@harbourenergy.example"
          + "</p><p>SOURCE Harbour Energy Co-operative</p></div>",
      "<p>###</p><p>Media contact:<br>Jordan Pike, Communications Manager<br>+1 555 010 0199 · press@harbourenergy.example</p>",
      "Jordan Pike, Communications Manager"),
  SPONSOR_BOX(Place.INLINE_TOP,
      "<div style=\"border:1px solid #d8e3e0;padding:14px\"><p style=\"font-size:11px\">TOGETHER WITH KESTREL BANK</p><p>Running a small"
          + " business shouldn't mean running to the bank. Open a Kestrel business account online in under ten minutes.</p></div>",
      "<div><p>Presented by Kestrel Bank</p><p>Running a small business shouldn't mean running to the bank. Open a Kestrel business"
          + " account online in under ten minutes.</p></div>",
      "Open a Kestrel business account online in under ten minutes"),
  NEWSLETTER_POLL(Place.AFTER,
      "<div style=\"margin:24px 0\"><p><b>How did you like today's edition?</b></p><p><a href=\"#\">Loved it</a> | <a href=\"#\">It was fine"
          + "</a> | <a href=\"#\">Not for me</a></p></div><p style=\"font-size:13px\">Got a tip? Reply to this email or write to"
          + " tips@brief.example. We read everything.</p>",
      "<p><b>How did you like today's edition?</b></p><p>Got a tip? Reply to this email or write to tips@brief.example.</p>",
      "How did you like today's edition?", "Got a tip? Reply to this email"),
  ERROR_NOTICE(Place.AFTER,
      "<div class=\"news-detail-notice\">If you notice an error, select it and press Ctrl+Enter</div>",
      "<p>If you notice an error, select it and press Ctrl+Enter</p>",
      "If you notice an error, select it and press Ctrl+Enter"),
  SUPPORT_BOX(Place.AFTER,
      "<div class=\"support-box\"><p>OUTLET is free to read. If you value independent reporting, consider becoming a supporter from €4 a"
          + " month.</p></div>",
      // Not on plain pages: an appeal in plain type after a note in italics reads as the article's last
      // paragraph there, and the note above it is kept (a known limit of TrailingNotes).
      null, "consider becoming a supporter from €4 a month"),
  STANDFIRST(Place.INLINE_TOP,
      "<h2 class=\"subtitle\">The decision ends months of uncertainty for staff and the people who rely on the service every week</h2>",
      null, "The decision ends months of uncertainty for staff and the people who rely on the service every week"),
  AUTHOR_CARD(Place.AFTER,
      "<div class=\"card-author\"><h5>AUTHOR</h5><p>Staff Reporter</p><p>She covers local government and transport for the paper.</p></div>",
      null, "She covers local government and transport for the paper."),
  /** A newsroom's note on how it reported the story, in a box of its own after the text. */
  METHOD_NOTE(Place.AFTER,
      "<section class=\"Story-module--method\"><h2>How we reported this story</h2><p>We reviewed stock records from fourteen health centres"
          + " for September and interviewed eleven health workers.</p></section>",
      "<h3>Methodology</h3><p>We reviewed stock records from fourteen health centres for September and interviewed eleven health workers.</p>",
      "We reviewed stock records from fourteen health centres"),
  /** A newsletter post's greeting with the day and the weather, in a tinted box or a plain paragraph. */
  MAILING_GREETING(Place.INLINE_TOP,
      "<div style=\"padding:12px;background-color:#f1f5f4\"><p style=\"font-size:13px\"><b>Good morning.</b> It's Tuesday. Rain clears by"
          + " lunchtime, seas 2–3 ft in North Sound. Here's what you need to know before the market opens.</p></div>",
      "<p>Good morning. Rain is expected along the coast after midday, so keep an umbrella close. Here is what you need to know today.</p>",
      "Rain clears by lunchtime", "Rain is expected along the coast after midday"),
  /** An advert under its label in the page's own language, in a box named in that language or in a plain line. */
  FOREIGN_ADVERT(Place.INLINE,
      "<div class=\"reklama\"><span>Reklama</span> Herzegovina Wine Route — tastings every weekend in Čapljina</div>",
      "<p>Anzeige</p><p>Weinhaus Krenn — tastings every weekend in Krems</p>",
      "Herzegovina Wine Route", "Weinhaus Krenn — tastings every weekend"),
  /** A pitch to advertisers in a strip between the paragraphs. */
  ADVERTISE_PITCH(Place.INLINE,
      "<div class=\"banner-inline\">Advertise on OUTLET: 46 000 readers a month</div>",
      "<p><i>Advertise with OUTLET: 46 000 readers a month</i></p>",
      "46 000 readers a month"),
  /** A hotline set as a one-line card: a label, a number, its hours. */
  HOTLINE(Place.AFTER,
      "<div class=\"documentDescription\"><p>Hotline for vaccination questions: 0 800 00147 (free of charge, Monday to Friday, 8:00–17:00)</p></div>",
      "<p>Hotline for vaccination questions: 0 800 00147 (free of charge, Monday to Friday, 8:00–17:00)</p>",
      "Hotline for vaccination questions"),
  /** A rights statement that never says "copyright". */
  REPRODUCTION_NOTICE(Place.AFTER,
      "<div class=\"article-rights\"><p>Copying, reproducing or distributing this article without the written permission of OUTLET is"
          + " prohibited.</p></div>",
      "<p><small>Reprinting of materials is allowed only with an active hyperlink to OUTLET.</small></p>",
      "without the written permission of", "allowed only with an active hyperlink"),
  /** A "read also" link under a label in the site's language and in English. */
  READ_ALSO_BILINGUAL(Place.INLINE,
      "<p class=\"read-also\"><strong>Lexo edhe / Read also:</strong> <a href=\"/2021/bazaar\">Bazaar traders split over the car ban</a></p>",
      "<p>BERI TUDI / READ ALSO: <a href=\"/2021/bazaar\">Bazaar traders split over the car ban</a></p>",
      "Bazaar traders split over the car ban"),
  /** A notice under a label in capitals set among the paragraphs, in a class no rule knows and in plain type. */
  LABELLED_NOTICE(Place.INLINE,
      "<p class=\"notice\">COMMUNITY NOTICE: Water will be off in Eastgate on Tuesday from 9am to 1pm.</p>",
      "<p>NOTICE BOARD: Dental clinic closed Friday 15th. Harvest service at the chapel 10am Sunday.</p>",
      "Water will be off in Eastgate on Tuesday", "Dental clinic closed Friday 15th"),
  /** A consent bar kept as text, its buttons after its sentence. */
  CONSENT_BAR_TEXT(Place.AFTER,
      "<p class=\"bar-text\">We use cookies to measure our audience and show you relevant ads. Accept all | Refuse | Settings</p>",
      "<p>We use cookies to measure our audience and show you relevant ads. Accept all | Refuse | Settings</p>",
      "We use cookies to measure our audience"),
  /** An update stamp in the site's language beside the headline. */
  UPDATE_STAMP(Place.INLINE_TOP,
      "<div class=\"fechas\"><span>Actualizado: 17 oct. 2024 - 09:05 a. m.</span></div>",
      "<p>Aktualisiert am 17.10.2024 um 09:05 Uhr</p>",
      "17 oct. 2024 - 09:05", "17.10.2024 um 09:05"),
  /** A reader poll: label, question, answers, button. */
  POLL(Place.AFTER,
      "<div class=\"poll-widget\"><h4>POLL</h4><p>Do you feel safer since the new wall was built?</p><p>○ Yes ○ No ○ Not sure</p>"
          + "<button>Vote</button></div>",
      "<p><b>Anketa</b></p><p>Do you feel safer since the new wall was built?</p><p>( ) Yes ( ) No</p>",
      "Do you feel safer since the new wall was built?"),
  /** The publisher's postal card and registration in the footer. */
  IMPRINT(Place.AFTER,
      "<div class=\"imprint\"><p>OUTLET Ltd, P.O. Box 70311, Dar es Salaam, Tanzania. Registered with the Media Register, no. 1721.</p></div>",
      "<p>OUTLET Ltd, P.O. Box 70311, Dar es Salaam, Tanzania. Registered with the Media Register, no. 1721.</p>",
      "P.O. Box 70311, Dar es Salaam"),
  /** A strip of readings above the page: a river level, the weather, the time. */
  TICKER(Place.TOP,
      "<div class=\"strip\">Nile at Aswan 88.2 m ▲ · Cairo 34°C · Updated 14:30</div>",
      "<p>Nile at Aswan 88.2 m ▲ · Cairo 34°C · Updated 14:30</p>",
      "Nile at Aswan 88.2 m"),
  /** A plug for the outlet's chat channel. */
  CHANNEL_PLUG(Place.AFTER,
      "<p class=\"promo-telegram\">Subscribe to OUTLET in Telegram to get the day’s main news first.</p>",
      "<p><i>Subscribe to OUTLET in Telegram to get the day’s main news first.</i></p>",
      "to get the day’s main news first"),
  /** The outlet saying its readers pay for it, with the appeal after it. */
  READER_FUNDED(Place.AFTER,
      "<p class=\"appeal-note\">OUTLET relies on reader donations. Support independent reporting from the coast.</p>",
      "<p><i>OUTLET is funded by its readers. Support free journalism in the valley.</i></p>",
      "Support independent reporting from the coast", "Support free journalism in the valley"),
  /** A note that the story was syndicated or printed too. */
  REPUBLISHED_NOTE(Place.AFTER,
      "<p class=\"syndication-note\">Republished with permission. Reporting is the responsibility of the originating newsroom.</p>",
      "<p><i>This article also appeared in the printed OUTLET on Tuesday 19 November 2024.</i></p>",
      "Reporting is the responsibility of the originating newsroom", "also appeared in the printed"),
  /** A consent bar kept as text in a language no list of buttons knows, its buttons in brackets. */
  BRACKETED_CONSENT(Place.AFTER,
      "<div class=\"rodo-text\">Ta strona używa plików cookie. Korzystając z niej, wyrażasz zgodę na ich użycie. [Akceptuję] [Ustawienia]</div>",
      "<p>Þessi vefur notar vafrakökur (cookies) til að bæta þjónustuna. [Samþykkja] [Stillingar]</p>",
      "wyrażasz zgodę na ich użycie", "til að bæta þjónustuna"),
  /** A caption that credits where the picture came from, not who took it: "(photo submitted)". */
  SOURCE_CREDITED_CAPTION(Place.INLINE,
      "<div class=\"separator\"><img src=\"/images/church.jpg\" alt=\"\"></div><p>The former chapel on the harbour road. (photo submitted)</p>",
      "<p><img src=\"church.jpg\" alt=\"\"><br>The former chapel on the harbour road. (submitted photo)</p>",
      "The former chapel on the harbour road"),
  /** A "most read" box set as one line, its title in the site's language and in English, then one headline. */
  MOST_READ_LINE(Place.SIDE,
      "<aside class=\"box\"><p>Mest læste / Most read: Marstal shipyard wins order for two pilot boats</p></aside>",
      "<p>Most read: Marstal shipyard wins order for two pilot boats</p>",
      "Marstal shipyard wins order for two pilot boats"),
  /** A call for the readers' own news with the day the page closes for it, after a greeting in the readers' language. */
  NOTICES_CALL(Place.AFTER,
      "<p class=\"note\">Watawieh! Send your community notices to the front office by Wednesday noon.</p>",
      "<p><i>Send in your club news to the editor by Monday.</i></p>",
      "Send your community notices to the front office", "Send in your club news to the editor"),
  /** An inbox prompt after a phrase in the site's other language: "Gach naidheachd … — get every island story in your inbox, free". */
  BILINGUAL_INBOX_PROMPT(Place.AFTER,
      "<div class=\"cta\"><p>Gach naidheachd bho na h-eileanan — get every island story in your inbox, free</p></div>",
      "<p><b>Alle nyheter fra øyene — every island story in your inbox</b></p>",
      "get every island story in your inbox", "every island story in your inbox"),
  /** Readers' comments in the small type of a table layout, a size below the story's. */
  SMALL_PRINT_COMMENTS(Place.AFTER, null,
      "<font size=\"1\"><b>Your comments</b> (1)<br><i>Posted by Mwale, Zomba on 14/10/2009 08:12:50</i><br>Great news for the town at"
          + " last, and well done to everyone who campaigned for it over the years.</font><br>",
      "well done to everyone who campaigned for it over the years"),
  /** A partner's paid box among the paragraphs, its label loose in the box before the paragraph (a reader wraps it alone). */
  PARTNER_CONTENT(Place.INLINE,
      "<div class=\"partner-content\"><span class=\"partner-label\">Partner content</span><p>Yard automation can cut container dwell times"
          + " by up to a fifth, according to a new study commissioned by a leading equipment supplier.</p></div>",
      "<div><span>Sponsored content</span><p>Dwell times can fall by a fifth, according to a new study commissioned by a leading equipment supplier.</p></div>",
      "according to a new study commissioned by a leading equipment supplier"),
  /** The page's notes to readers, clients and letter writers: a funded post, a picture desk, the rules for letters, external links. */
  PAGE_NOTES(Place.AFTER,
      "<div class=\"article-disclaimer\"><p><em>Local Journalism Initiative reporters are funded by the Government of Canada.</em></p>"
          + "<p>OUTLET photo service: pictures of the opening are available to subscribers under code HALL-0412</p>"
          + "<p>Letters to the editor: 200 words max, include your name and settlement</p></div>",
      "<p><i>Disclaimer: OUTLET is not responsible for the content of external sites.</i></p><p>Letters: 250 words or fewer, include your full name and address</p>",
      "reporters are funded by the Government of Canada", "are available to subscribers under code", "include your name and settlement",
      "is not responsible for the content of external sites", "include your full name and address");

  /** Where a page sets the furniture: above the page, above the text, among the paragraphs, below them, in a sidebar. */
  enum Place { TOP, INLINE_TOP, INLINE, AFTER, SIDE }

  final Place place;
  private final String classed;
  private final String plain;
  final List<String> phrases;

  PageFurniture(Place place, String classed, String plain, String... phrases) {
    this.place = place;
    this.classed = classed;
    this.plain = plain;
    this.phrases = List.of(phrases);
  }

  /**
   * Whether a page of {@code shell} can carry it: a word-processor export has no comments or cookie
   * banner, small print is small beside a story set in a font size, and a classed widget needs classes.
   */
  boolean fits(PageShell shell) {
    if (this == SMALL_PRINT_COMMENTS) {
      return shell.paragraph.contains("size=");
    }
    return shell.classless ? plain != null : classed != null;
  }

  /** The furniture as {@code shell} sets it. */
  String html(PageShell shell, String outlet, String author) {
    String html = shell.classless ? plain : classed;
    return html.replace("OUTLET", outlet).replace("AUTHOR", author);
  }

  /** The phrases that must not be findable. */
  List<String> phrases(String outlet) {
    return phrases.stream().map(phrase -> phrase.replace("OUTLET", outlet)).toList();
  }
}
