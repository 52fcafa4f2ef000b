package com.assisto.application.contract;

import com.assisto.domain.pricing.LinePrice;
import com.assisto.domain.pricing.Prorating;
import java.util.Optional;

/** What a line change would price and charge, shown to the user before saving. */
public record LinePreview(LinePrice price, Optional<Prorating> prorating) {}
