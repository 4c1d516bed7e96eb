/**
 * The served index: {@code IndexViews} opens the index folder and follows its new versions,
 * {@code IndexView} is one version with what is computed once per version attached to it, and
 * {@code RequestDeadline} is the time limit its searchers carry.
 */
package corpussearch.api.index;
