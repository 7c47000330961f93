#pragma once
// "Did you mean …?" for the front ends' error messages: which known names a mistyped one is
// probably a slip of. Shared by ackademy-cli (commands' options), ackademy (its options) and
// the built-in scenario names, so the three suggest alike.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ackademy::scenario {

/// The fewest insertions, deletions and substitutions of single characters, and swaps of two
/// neighbouring ones, that turn `a` into `b` (the optimal string alignment distance: the
/// Levenshtein distance with the commonest typing slip, a swap, counted as one edit).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The `candidates` that `typed` (an option name, e.g. "--sed") is probably a slip of, in
/// their order: those it is the beginning of when it has 2 letters or more ("--abs" for
/// "--absolute"), else those one edit away ("--sed" for "--seed"), or two for names of 8
/// letters or more ("--abslute"). Leading dashes count as the option's, not as letters, and
/// anything from '=' on is ignored. "--frob" is no slip of "--drop".
std::vector<std::string> likely_options(std::string_view typed, const std::vector<std::string>& candidates);

} // namespace ackademy::scenario
