// Segment payloads: shared chunks, slicing without copying, byte-wise equality.
#include "core/tcp/payload.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace ackademy::tcp;

namespace {

Bytes bytes_of(const Payload& payload)
{
    return {payload.bytes().begin(), payload.bytes().end()};
}

} // namespace

TEST(Payload, DefaultIsEmpty)
{
    const Payload payload;
    EXPECT_TRUE(payload.empty());
    EXPECT_EQ(payload.size(), 0U);
    EXPECT_TRUE(payload.bytes().empty());
}

TEST(Payload, FromStringAndCopyOf)
{
    const Payload text = Payload::from_string("hello");
    EXPECT_EQ(text.size(), 5U);
    EXPECT_EQ(bytes_of(text), (Bytes{'h', 'e', 'l', 'l', 'o'}));

    Bytes source{1, 2, 3};
    const Payload copy = Payload::copy_of(source);
    source[0] = 99; // the payload owns its own copy
    EXPECT_EQ(bytes_of(copy), (Bytes{1, 2, 3}));
    EXPECT_TRUE(Payload::copy_of({}).empty());
}

TEST(Payload, ReferencesAChunkRange)
{
    const auto chunk = std::make_shared<const Bytes>(Bytes{10, 11, 12, 13, 14});
    const Payload payload(chunk, 1, 3);
    EXPECT_EQ(bytes_of(payload), (Bytes{11, 12, 13}));
    EXPECT_EQ(payload.bytes().data(), chunk->data() + 1); // no copy
    EXPECT_NO_THROW(Payload(chunk, 5, 0));
    EXPECT_THROW(Payload(chunk, 3, 3), std::out_of_range);
    EXPECT_THROW(Payload(nullptr, 0, 1), std::out_of_range);
    EXPECT_NO_THROW(Payload(nullptr, 0, 0));
}

TEST(Payload, SliceSharesTheChunk)
{
    const Payload whole = Payload::from_string("abcdefgh");
    const Payload middle = whole.slice(2, 3);
    EXPECT_EQ(bytes_of(middle), (Bytes{'c', 'd', 'e'}));
    EXPECT_EQ(middle.bytes().data(), whole.bytes().data() + 2);
    EXPECT_EQ(bytes_of(middle.slice(1, 2)), (Bytes{'d', 'e'}));
    EXPECT_TRUE(whole.slice(8, 0).empty());
}

TEST(Payload, SliceOutOfRangeThrows)
{
    const Payload whole = Payload::from_string("abcd");
    EXPECT_THROW((void)whole.slice(3, 2), std::out_of_range);
    EXPECT_THROW((void)whole.slice(5, 0), std::out_of_range);
    // offset + size overflows 32 bits: must still be caught.
    EXPECT_THROW((void)whole.slice(0xFFFFFFFFu, 2), std::out_of_range);
}

TEST(Payload, IsFollowedByOnlyForAdjacentRangesOfOneChunk)
{
    const Payload whole = Payload::from_string("abcdefgh");
    const Payload first = whole.slice(0, 3);
    const Payload second = whole.slice(3, 5);
    EXPECT_TRUE(first.is_followed_by(second));
    EXPECT_FALSE(second.is_followed_by(first));
    EXPECT_FALSE(first.is_followed_by(whole.slice(4, 2)));             // a gap
    EXPECT_FALSE(first.is_followed_by(Payload::from_string("defgh"))); // same bytes, other chunk
    EXPECT_FALSE(Payload().is_followed_by(Payload()));
}

TEST(Payload, EqualityComparesBytesNotChunks)
{
    EXPECT_EQ(Payload::from_string("abc"), Payload::from_string("abc"));
    EXPECT_EQ(Payload::from_string("xabc").slice(1, 3), Payload::from_string("abc"));
    EXPECT_NE(Payload::from_string("abc"), Payload::from_string("abd"));
    EXPECT_NE(Payload::from_string("abc"), Payload::from_string("ab"));
    EXPECT_EQ(Payload(), Payload::copy_of({}));
    EXPECT_EQ(Payload(), Payload::from_string("abc").slice(1, 0));
}
