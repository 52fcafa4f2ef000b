package com.assisto.application;

import com.assisto.domain.contract.LinePrice;
import com.assisto.domain.contract.Prorating;
import java.util.Optional;

/** What a line change would price and charge, shown to the user before saving. */
public record LinePreview(LinePrice price, Optional<Prorating> prorating) {}
