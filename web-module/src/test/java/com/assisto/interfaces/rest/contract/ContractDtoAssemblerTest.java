package com.assisto.interfaces.rest.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ContractDtoAssemblerTest {

    @Test
    void aRevaluationsFiguresKeepOnlyTheDecimalsTheyHave() {
        assertEquals(
                "0", ContractDtoAssembler.asComputed(new BigDecimal("0E-8")).toString());
        assertEquals(
                "0.8",
                ContractDtoAssembler.asComputed(new BigDecimal("0.80000000")).toString());
        assertEquals(
                "100",
                ContractDtoAssembler.asComputed(new BigDecimal("100.00000000")).toString());
        assertEquals(
                "1.0188265",
                ContractDtoAssembler.asComputed(new BigDecimal("1.01882650")).toString());
    }
}
