package app.dearme.platform.cache;

/**
 * A cached value that can be large (a page of diaries): caches of such values are bounded by an estimate of their
 * heap size instead of an entry count, so a few users with long diaries cannot fill the heap.
 */
public interface Weighed {

    /** A rough estimate of the value's heap size in bytes. */
    int weightBytes();
}
