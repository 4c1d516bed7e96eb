/**
 * {@code /metrics}: what the service does, in Prometheus' text format (Micrometer): requests by
 * route template and status with their latency, the caches, the served index version and the JVM.
 * Reads the service and the index; wired in by {@code app}, and known to neither {@code http} nor
 * {@code web}.
 */
package corpussearch.api.metrics;
