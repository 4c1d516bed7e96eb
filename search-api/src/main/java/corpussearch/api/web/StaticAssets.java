package corpussearch.api.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The page's stylesheet and script, read from the classpath once and served from memory with an
 * ETag. Two small files do not need a static-file handler, whose start-up opens the whole jar as
 * a file system.
 */
public final class StaticAssets {

  private record Asset(byte[] body, String contentType, String etag) {}

  private final Map<String, Asset> assets;

  private StaticAssets(Map<String, Asset> assets) {
    this.assets = assets;
  }

  /** The assets under {@code /static/} in the classpath. */
  public static StaticAssets load() {
    return new StaticAssets(Map.of(
        "app.css", read("app.css", "text/css; charset=utf-8"),
        "app.js", read("app.js", "text/javascript; charset=utf-8")));
  }

  /** {@code GET /static/{name}}. */
  public void serve(Context ctx) {
    Asset asset = assets.get(ctx.pathParam("name"));
    if (asset == null) {
      throw new NotFoundResponse();
    }
    ctx.header("ETag", asset.etag());
    ctx.header("Cache-Control", "no-cache");
    if (asset.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(asset.contentType()).result(asset.body());
  }

  private static Asset read(String name, String contentType) {
    try (InputStream in = StaticAssets.class.getResourceAsStream("/static/" + name)) {
      if (in == null) {
        throw new IllegalStateException("/static/" + name + " is missing from the classpath");
      }
      byte[] body = in.readAllBytes();
      String etag = "\"" + HexFormat.of().toHexDigits(java.util.Arrays.hashCode(body)) + "\"";
      return new Asset(body, contentType, etag);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
