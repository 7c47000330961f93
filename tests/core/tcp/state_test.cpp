#include "core/tcp/state.hpp"

#include <gtest/gtest.h>

using namespace ackademy::tcp;

TEST(State, RfcAndLinuxNames)
{
    EXPECT_EQ(rfc_name(State::SynReceived), "SYN-RECEIVED");
    EXPECT_EQ(linux_name(State::SynReceived), "SYN_RECV");
    EXPECT_EQ(rfc_name(State::FinWait1), "FIN-WAIT-1");
    EXPECT_EQ(linux_name(State::FinWait1), "FIN_WAIT1");
    EXPECT_EQ(linux_name(State::Closed), "CLOSE");
    EXPECT_EQ(rfc_name(State::TimeWait), "TIME-WAIT");
}

TEST(State, SynchronizedStatesStartAtEstablished)
{
    EXPECT_FALSE(is_synchronized(State::SynReceived));
    EXPECT_TRUE(is_synchronized(State::Established));
    EXPECT_TRUE(is_synchronized(State::TimeWait));
    EXPECT_FALSE(is_synchronized(State::Listen));
}
