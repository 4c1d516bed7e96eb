package corpussearch.indexer.eval;

/**
 * The markup a content system wraps around an article: header, navigation, sidebar and footer of
 * several CMS families, a table layout of the 2000s, word-processor exports and markup with no
 * class names at all. Slots: {@code TOP} (logo and menu), {@code HEAD} (headline, byline, date),
 * {@code BODY}, {@code AFTER} (furniture below the text), {@code SIDE} (a sidebar) and {@code FOOT}
 * (the copyright line); {@code OUTLET} is the logo's name.
 *
 * @param classless whether the shell names nothing with classes, so furniture carries no class either
 * @param paragraph how the shell sets one paragraph ({@code %s} the text)
 * @param headline how the shell sets the headline ({@code %s} the text)
 */
enum PageShell {
  WORDPRESS(false, "<p>%s</p>", "<h1 class=\"entry-title\">%s</h1>", """
      <div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title">\
      <a href="/" rel="home">OUTLET</a></p></div><nav id="site-navigation" class="main-navigation"><ul><li><a href="/news/">News</a></li>\
      <li><a href="/sport/">Sport</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav></header><div id="content" class="site-content">\
      <div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post status-publish hentry">\
      <header class="entry-header">HEAD</header><div class="entry-content">BODY</div>AFTER</article></main></div>\
      <aside id="secondary" class="widget-area">SIDE</aside></div><footer id="colophon" class="site-footer"><div class="site-info">FOOT</div>\
      </footer></div>"""),
  DRUPAL(false, "<p>%s</p>", "<h1 class=\"page-title\"><span class=\"field field--name-title\">%s</span></h1>", """
      <div class="dialog-off-canvas-main-canvas"><div class="layout-container"><header role="banner"><div class="region region-header">\
      <a href="/" rel="home" class="site-logo">OUTLET</a></div><div class="region region-primary-menu"><ul class="menu">\
      <li class="menu-item"><a href="/news">News</a></li><li class="menu-item"><a href="/events">Events</a></li></ul></div></header>\
      <main role="main"><div class="layout-content"><div class="region region-content"><article role="article" class="node node--type-article">\
      HEAD<div class="node__content"><div class="clearfix text-formatted field field--name-body field__item">BODY</div>AFTER</div></article>\
      </div></div><div class="layout-sidebar-second">SIDE</div></main><footer role="contentinfo"><div class="region region-footer">FOOT</div>\
      </footer></div></div>"""),
  GHOST(false, "<p>%s</p>", "<h1 class=\"article-title\">%s</h1>", """
      <div class="viewport"><header id="gh-head" class="gh-head outer"><a class="gh-head-logo" href="/">OUTLET</a>\
      <nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li>\
      <li class="nav-archive"><a href="/archive/">Archive</a></li></ul></nav></header><main id="site-main" class="site-main">\
      <article class="article post featured"><header class="article-header gh-canvas">HEAD</header><section class="gh-content gh-canvas">BODY\
      </section>AFTER</article></main>SIDE<footer class="site-footer outer"><div class="inner"><section class="copyright">FOOT</section></div>\
      </footer></div>"""),
  ARC(false, "<p class=\"c-paragraph\" data-el=\"text\">%s</p>", "<h1 class=\"c-heading headline\">%s</h1>", """
      <div id="fusion-app"><div class="b-header"><a class="c-logo" href="/" aria-label="OUTLET">OUTLET</a><div class="c-nav-links">\
      <a href="/news/">News</a><a href="/politics/">Politics</a><a href="/business/">Business</a><a href="/sports/">Sports</a></div></div>\
      <div class="b-article"><div class="b-article-header">HEAD</div><div class="b-article-body article-body">BODY</div>AFTER</div>\
      <div class="b-right-rail">SIDE</div><div class="b-footer"><div class="c-copyright">FOOT</div></div></div>"""),
  SQUARESPACE(false, "<p class=\"\" style=\"white-space:pre-wrap;\">%s</p>", "<h1 class=\"entry-title entry-title--large\">%s</h1>", """
      <div id="siteWrapper" class="clearfix site-wrapper"><header id="header" class="header theme-col--primary"><div class="header-title-logo">\
      <a href="/">OUTLET</a></div><div class="header-nav-list"><div class="header-nav-item"><a href="/blog">Blog</a></div>\
      <div class="header-nav-item"><a href="/about">About</a></div><div class="header-nav-item"><a href="/contact">Contact</a></div></div></header>\
      <main id="page" class="container" role="main"><article class="entry hentry"><div class="blog-item-top-wrapper">HEAD</div>\
      <div class="blog-item-content-wrapper"><div class="sqs-layout"><div class="sqs-block html-block"><div class="sqs-block-content">BODY\
      </div></div></div></div>AFTER</article>SIDE</main><footer class="sections" id="footer-sections"><div class="sqs-block-content">FOOT</div>\
      </footer></div>"""),
  BLOGGER(false, "<p>%s</p>", "<h3 class=\"post-title entry-title\">%s</h3>", """
      <div class="outer-wrapper"><div class="header-outer"><div class="Header" id="Header1"><h1 class="title"><a href="/">OUTLET</a></h1>\
      </div></div><div class="main-outer"><div class="main-inner"><div class="blog-posts hfeed"><div class="date-outer"><div class="post-outer">\
      <div class="post hentry">HEAD<div class="post-body entry-content">BODY</div>AFTER</div></div></div></div></div>\
      <div class="sidebar-container">SIDE</div></div><div class="footer-outer">FOOT</div></div>"""),
  /** Movable Type: the blog's name in a "header-name" block linking to the site by its full address, the post's byline in its footer. */
  MOVABLE_TYPE(false, "<p>%s</p>", "<div class=\"asset-header\"><h1 id=\"page-title\" class=\"asset-name entry-title\">%s</h1></div>", """
      <div id="container"><div id="header"><div id="header-name"><a href="https://www.example.org/" accesskey="1">OUTLET</a></div>\
      <div id="header-description">News from the islands</div></div><div id="content"><div id="alpha"><div class="entry-asset asset hentry">\
      HEAD<div class="asset-content entry-content"><div class="asset-body">BODY</div></div>AFTER</div></div><div id="beta">SIDE</div></div>\
      <div id="footer">FOOT</div></div>"""),
  HUGO(false, "<p>%s</p>", "<h1 class=\"post-title\">%s</h1>", """
      <header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h">OUTLET</a></div><ul id="menu">\
      <li><a href="/posts/">Posts</a></li><li><a href="/tags/">Tags</a></li><li><a href="/about/">About</a></li></ul></nav></header>\
      <main class="main"><article class="post-single"><header class="post-header">HEAD</header><div class="post-content">BODY</div>AFTER\
      </article></main>SIDE<footer class="footer"><span>FOOT</span></footer>"""),
  AMP(false, "<p>%s</p>", "<h1 class=\"amp-wp-title\">%s</h1>", """
      <header id="top" class="amp-wp-header"><div><a href="/">OUTLET</a></div></header><article class="amp-wp-article">\
      <header class="amp-wp-article-header">HEAD</header><div class="amp-wp-article-content">BODY</div>AFTER</article>SIDE\
      <footer class="amp-wp-footer"><div><p>FOOT</p></div></footer>"""),
  MEDIUM(false, "<p class=\"pw-post-body-paragraph lh li fu lj b lk ll\" data-selectable-paragraph=\"\">%s</p>",
      "<h1 class=\"pw-post-title gk gl gm bf gn go\" data-testid=\"storyTitle\">%s</h1>", """
      <div id="root"><div class="a b c"><div class="l m n o"><a class="q r" href="/">OUTLET</a></div></div><article>\
      <div class="l"><div class="l"><section><div class="ft fu fv fw fx"><div class="ab ca"><div class="ch bg ew ex ey ez">HEAD BODY\
      </div></div></div></section></div></div>AFTER</article>SIDE<div class="ab ca cf"><div class="fi">FOOT</div></div></div>"""),
  NEWSROOM(false, "<p>%s</p>", "<h1 class=\"usa-heading\">%s</h1>", """
      <a class="usa-skipnav" href="#main-content">Skip to main content</a><header class="usa-header usa-header--extended">\
      <div class="usa-logo"><a href="/" title="Home">OUTLET</a></div><ul class="usa-nav__primary"><li><a href="/newsroom">Newsroom</a></li>\
      <li><a href="/services">Services</a></li><li><a href="/contact">Contact us</a></li></ul></header><main id="main-content">\
      <div class="grid-container"><div class="grid-row"><div class="desktop:grid-col-8 newsroom-item"><p class="eyebrow">Media release</p>\
      HEAD<div class="field--body">BODY</div>AFTER</div><div class="desktop:grid-col-4">SIDE</div></div></div></main>\
      <footer class="usa-footer"><div class="usa-footer__secondary-section">FOOT</div></footer>"""),
  /**
   * Adobe Experience Manager's core components: every part of the page in a box of its own
   * ({@code div.text > div.cmp-text}), so the article's text is split over sibling boxes with
   * teaser cards and images set between them.
   */
  AEM(false, "<div class=\"text\"><div class=\"cmp-text\"><p>%s</p></div></div>",
      "<div class=\"title\"><div class=\"cmp-title\"><h1 class=\"cmp-title__text\">%s</h1></div></div>", """
      <div class="root container responsivegrid"><div id="container-31f0c1" class="cmp-container"><div class="experiencefragment">\
      <div class="cmp-experiencefragment cmp-experiencefragment--header"><div class="image"><div class="cmp-image"><img class="cmp-image__image"\
       src="/content/dam/logo.svg" alt="OUTLET"></div></div><div class="navigation"><nav class="cmp-navigation"><ul><li><a href="/en/news.html">\
      News</a></li><li><a href="/en/about.html">About</a></li></ul></nav></div></div></div>HEAD BODY AFTER<div class="experiencefragment">\
      <div class="cmp-experiencefragment cmp-experiencefragment--footer"><div class="text"><div class="cmp-text"><p>FOOT</p></div></div></div>\
      </div>SIDE</div></div>"""),
  TABLES(true, "<p><font face=\"Verdana\" size=\"2\">%s</font></p>", "<font size=\"5\"><b>%s</b></font><br>", """
      <table width="100%" border="0" cellpadding="4"><tr><td colspan="2"><a href="index.html"><img src="logo.gif" alt="OUTLET"></a></td>\
      </tr><tr><td width="160" valign="top"><a href="index.html">Home</a><br><a href="news.html">News</a><br><a href="sport.html">Sport</a>\
      <br><a href="contact.html">Contact</a><br>SIDE</td><td valign="top"><font size="1" color="666666">News &gt; Local</font><br>HEAD BODY AFTER</td></tr><tr><td colspan="2" align="center">\
      <font size="1">FOOT</font></td></tr></table>"""),
  WORD(true, "<p class=MsoNormal>%s<o:p></o:p></p>", "<h1>%s<o:p></o:p></h1>", """
      <div class=WordSection1><p class=MsoTitle>OUTLET<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>HEAD BODY\
      <p class=MsoNormal><o:p>&nbsp;</o:p></p>AFTER SIDE<p class=MsoNormal><i>FOOT</i></p></div>"""),
  GOOGLE_DOCS(true, "<p class=\"c2\"><span class=\"c1\">%s</span></p>", "<p class=\"c6 title\" id=\"h.x1\"><span class=\"c8\">%s</span></p>", """
      <p class="c2"><span class="c5">OUTLET</span></p>HEAD BODY<p class="c2 c7"><span class="c1"></span></p>AFTER SIDE\
      <p class="c2"><span class="c4">FOOT</span></p>"""),
  SEMANTIC_NO_CLASSES(true, "<p>%s</p>", "<h1>%s</h1>", """
      <header><a href="/">OUTLET</a><nav><a href="/news">News</a> <a href="/culture">Culture</a> <a href="/about">About</a></nav></header>\
      <main><article>HEAD BODY AFTER</article><aside>SIDE</aside></main><footer><p>FOOT</p></footer>"""),
  DIVS_ONLY(true, "<div>%s</div>", "<div><b>%s</b></div>", """
      <div><div><a href="/">OUTLET</a></div><div><a href="/news">News</a> | <a href="/letters">Letters</a> | <a href="/archive">Archive</a></div>\
      <div>HEAD BODY AFTER</div><div>SIDE</div><div>FOOT</div></div>""");

  final boolean classless;
  final String paragraph;
  final String headline;
  private final String template;

  PageShell(boolean classless, String paragraph, String headline, String template) {
    this.classless = classless;
    this.paragraph = paragraph;
    this.headline = headline;
    this.template = template;
  }

  /** The page's body markup with its slots filled. */
  String render(String outlet, String head, String body, String after, String side, String foot) {
    return template.replace("OUTLET", outlet).replace("HEAD", head).replace("BODY", body).replace("AFTER", after)
        .replace("SIDE", side).replace("FOOT", foot);
  }
}
