// Copyright (c) 2026 The Plumbline Authors

/**
 * Checks the modules' tests share: {@link dev.plumbline.testsupport.PublicApiList} compares a
 * module's public types with the list its README documents.
 */
@NullMarked
package dev.plumbline.testsupport;

import org.jspecify.annotations.NullMarked;
