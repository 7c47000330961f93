// Replaced as the layer's sources arrive; a static library needs one source.
