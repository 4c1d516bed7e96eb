/** The bounded, counted caches every layer of the service shares (Caffeine). */
package corpussearch.api.cache;
