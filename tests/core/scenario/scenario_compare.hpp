#pragma once
// Field-by-field comparison of two scenarios, with a readable failure per field.

#include "core/sim/scenario.hpp"

#include <gtest/gtest.h>

namespace ackademy::test {

inline void expect_same(const sim::Scenario& got, const sim::Scenario& want)
{
    EXPECT_EQ(got.name, want.name);
    EXPECT_EQ(got.title, want.title);
    EXPECT_EQ(got.description, want.description);
    EXPECT_EQ(got.profile, want.profile);
    EXPECT_EQ(got.seed, want.seed);
    for (auto [g, w] : {std::pair{&got.a, &want.a}, std::pair{&got.b, &want.b}}) {
        EXPECT_EQ(g->ip, w->ip);
        EXPECT_EQ(g->port, w->port);
        EXPECT_EQ(g->isn, w->isn);
    }
    EXPECT_EQ(got.a_to_b, want.a_to_b);
    EXPECT_EQ(got.b_to_a, want.b_to_a);
    EXPECT_EQ(got.actions, want.actions);
    auto texts = [](const std::vector<sim::SegmentMatch>& rules) {
        std::vector<std::string> out;
        for (const auto& r : rules) out.push_back(r.text);
        return out;
    };
    EXPECT_EQ(texts(got.drops), texts(want.drops));
    EXPECT_EQ(texts(got.duplicates), texts(want.duplicates));
    ASSERT_EQ(got.delays.size(), want.delays.size());
    for (std::size_t i = 0; i < got.delays.size(); ++i) {
        EXPECT_EQ(got.delays[i].match.text, want.delays[i].match.text);
        EXPECT_EQ(got.delays[i].extra, want.delays[i].extra);
    }
    EXPECT_EQ(got.until, want.until);
}

} // namespace ackademy::test
