package com.assisto.domain.shared;

import java.util.List;

/**
 * One page of a list read by seek (keyset) paging: the rows and the key to continue after,
 * null on the last page. Seeking keeps every page as fast as the first, at any depth.
 */
public record Slice<T>(List<T> items, String nextKey) {

    public static <T> Slice<T> of(List<T> fetched, int limit, java.util.function.Function<T, String> keyOf) {
        if (fetched.size() > limit) {
            List<T> page = List.copyOf(fetched.subList(0, limit));
            return new Slice<>(page, keyOf.apply(page.get(limit - 1)));
        }
        return new Slice<>(List.copyOf(fetched), null);
    }
}
