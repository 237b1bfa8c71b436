/**
 * The {@code responseplan} command line: {@code validate}, {@code summary}, {@code report}, {@code import},
 * {@code indicators} and {@code schema}. Not an API: the commands, their options, output and exit codes are what
 * this module offers.
 */
@NullMarked
package org.responseplan.cli;

import org.jspecify.annotations.NullMarked;
