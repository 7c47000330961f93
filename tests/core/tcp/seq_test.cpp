// Sequence arithmetic modulo 2^32 (RFC 9293 §3.4), including across the wrap.
#include "core/tcp/seq.hpp"

#include <gtest/gtest.h>

using namespace ackademy::tcp;

TEST(Seq, OrdersNumbersWithoutWrap)
{
    EXPECT_TRUE(seq_lt(1000, 1001));
    EXPECT_FALSE(seq_lt(1001, 1000));
    EXPECT_TRUE(seq_le(1000, 1000));
    EXPECT_TRUE(seq_gt(6001, 5001));
    EXPECT_TRUE(seq_ge(5001, 5001));
}

TEST(Seq, OrdersNumbersAcrossTheWrap)
{
    // 0xFFFFFFF0 is 32 octets before 0x00000010 in sequence space.
    EXPECT_TRUE(seq_lt(0xFFFFFFF0u, 0x00000010u));
    EXPECT_TRUE(seq_gt(0x00000010u, 0xFFFFFFF0u));
    EXPECT_EQ(seq_diff(0x00000010u, 0xFFFFFFF0u), 32);
    EXPECT_EQ(seq_max(0xFFFFFFF0u, 0x00000010u), 0x00000010u);
    EXPECT_EQ(seq_min(0xFFFFFFF0u, 0x00000010u), 0xFFFFFFF0u);
}

TEST(Seq, SA12_WindowContainsSegmentAcrossTheWrap)
{
    // SA-12: RCV.NXT = 0xFFFFFFF0, RCV.WND = 0x100, SEG.SEQ = 0x10 is acceptable.
    EXPECT_TRUE(seq_in_window(0x00000010u, 0xFFFFFFF0u, 0x100));
    EXPECT_FALSE(seq_in_window(0xFFFFFFEFu, 0xFFFFFFF0u, 0x100));
    EXPECT_FALSE(seq_in_window(0x000000F0u, 0xFFFFFFF0u, 0x100)); // exactly the right edge
    EXPECT_FALSE(seq_in_window(5001, 5001, 0));                   // an empty window holds nothing
}

TEST(Seq, RelativeNumbersMatchTcpdump)
{
    // TD-16: tcpdump prints SEG.SEQ - base as unsigned 32-bit.
    EXPECT_EQ(seq_relative(3626544837u, 3626544836u), 1u);
    EXPECT_EQ(seq_relative(0x00000004u, 0xFFFFFFFEu), 6u);
}
