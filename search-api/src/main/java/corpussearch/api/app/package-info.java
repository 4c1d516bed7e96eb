/**
 * The service wired in one place: {@link corpussearch.api.app.SearchApiMain} reads the command
 * line, {@link corpussearch.api.app.ApiServer} opens the index, builds the services and serves
 * the JSON API ({@code http}) and the web page ({@code web}) from one Javalin server, whose routes
 * are all declared in {@code Routes}. {@code http} and {@code web} are siblings under it and never
 * import each other.
 */
package corpussearch.api.app;
