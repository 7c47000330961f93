// "Did you mean …?": the edit distance and which option names a slip is taken for.
#include "core/scenario/suggest.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ackademy::scenario {
namespace {

TEST(Suggest, EditDistanceCountsInsertionsDeletionsSubstitutionsAndSwaps)
{
    EXPECT_EQ(edit_distance("kitten", "sitting"), 3U); // k→s, e→i, +g: the textbook example
    EXPECT_EQ(edit_distance("flaw", "lawn"), 2U);       // -f, +n
    EXPECT_EQ(edit_distance("", "abc"), 3U);
    EXPECT_EQ(edit_distance("seed", "seed"), 0U);
    EXPECT_EQ(edit_distance("--sed", "--seed"), 1U);
    EXPECT_EQ(edit_distance("seelct", "select"), 1U); // "el" for "le": one swap, not two edits
    EXPECT_EQ(edit_distance("ab", "ba"), 1U);
    EXPECT_EQ(edit_distance("ca", "abc"), 3U); // a swap is of two characters nothing else edits
}

TEST(Suggest, AnOptionIsTakenForTheOnesItBeginsElseTheOnesAnEditAway)
{
    const std::vector<std::string> options = {"--seed", "--send", "--until", "--absolute", "--at-ms", "--drop",
                                              "--export"};
    using V = std::vector<std::string>;
    EXPECT_EQ(likely_options("--sed", options), (V{"--seed", "--send"})); // one edit from both
    EXPECT_EQ(likely_options("--abs", options), (V{"--absolute"}));       // the beginning of it
    EXPECT_EQ(likely_options("--a", options), (V{}));                     // one letter begins too much
    EXPECT_EQ(likely_options("--abslute", options), (V{"--absolute"}));
    EXPECT_EQ(likely_options("--absoltue", options), (V{"--absolute"})); // 8 letters: two edits
    EXPECT_EQ(likely_options("--exprt=x.svg", options), (V{"--export"})); // the value is no part of it
    EXPECT_EQ(likely_options("--frob", options), (V{}));                  // two edits from --drop
    EXPECT_EQ(likely_options("--untl", options), (V{"--until"}));
}

} // namespace
} // namespace ackademy::scenario
