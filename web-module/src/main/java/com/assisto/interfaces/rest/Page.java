package com.assisto.interfaces.rest;

import com.assisto.domain.shared.Slice;
import java.util.List;
import java.util.function.Function;

/** One page of a list; pass {@code next} as {@code after} to get the following page. */
public record Page<T>(List<T> items, String next) {

    public static <E, T> Page<T> of(Slice<E> slice, Function<E, T> toDto) {
        return new Page<>(slice.items().stream().map(toDto).toList(), slice.nextKey());
    }

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** The page size asked for, checked. */
    public static int limit(Integer asked) {
        if (asked == null) {
            return DEFAULT_LIMIT;
        }
        if (asked < 1 || asked > MAX_LIMIT) {
            throw new ProblemMappers.BadRequestParameter(
                    "limit", "must be between 1 and " + MAX_LIMIT + ", was " + asked);
        }
        return asked;
    }
}
