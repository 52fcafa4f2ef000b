package com.assisto.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SliceTest {

    @Test
    void oneRowMoreThanThePageMeansThereIsANextPage() {
        Slice<String> page = Slice.of(List.of("a", "b", "c"), 2, Function.identity());
        assertEquals(List.of("a", "b"), page.items());
        assertEquals("b", page.nextKey());
    }

    @Test
    void theLastPageHasNoNextKey() {
        Slice<String> page = Slice.of(List.of("a", "b"), 2, Function.identity());
        assertEquals(List.of("a", "b"), page.items());
        assertNull(page.nextKey());
    }
}
