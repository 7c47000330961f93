// The TUN device's safety rules, and its life cycle in a private namespace.

#include "core/net/tun_device.hpp"
#include "tests/net/netns.hpp"

#include <gtest/gtest.h>
#include <net/if.h>

namespace ackademy::net {
namespace {

TunConfig config(const char* kernel, const char* ours, int prefix = 30, std::string name = "acktest0")
{
    return {.name = std::move(name),
            .kernel_address = *tcp::ipv4_from_string(kernel),
            .host_address = *tcp::ipv4_from_string(ours),
            .prefix_length = prefix};
}

TEST(TunConfig, TheDefaultIsASmallPrivatePointToPointSubnet)
{
    const TunConfig c;
    EXPECT_EQ(tcp::ipv4_to_string(c.kernel_address), "10.77.0.1");
    EXPECT_EQ(tcp::ipv4_to_string(c.host_address), "10.77.0.2");
    EXPECT_EQ(c.prefix_length, 30);
    EXPECT_EQ(check_config(c), std::nullopt);
}

TEST(TunConfig, SafetyRulesRefuseWhatCouldTouchOtherNetworks)
{
    EXPECT_EQ(check_config(config("192.168.5.1", "192.168.5.2", 24)), std::nullopt);
    EXPECT_EQ(check_config(config("172.20.0.9", "172.20.0.10", 29)), std::nullopt);
    // Public addresses would shadow real hosts.
    EXPECT_NE(check_config(config("8.8.8.1", "8.8.8.2")), std::nullopt);
    // Big subnets are refused.
    EXPECT_NE(check_config(config("10.77.0.1", "10.77.0.2", 16)), std::nullopt);
    EXPECT_NE(check_config(config("10.77.0.1", "10.77.0.2", 31)), std::nullopt);
    // Both ends in one subnet, distinct, and neither network nor broadcast address.
    EXPECT_NE(check_config(config("10.77.0.1", "10.77.0.5")), std::nullopt);
    EXPECT_NE(check_config(config("10.77.0.1", "10.77.0.1")), std::nullopt);
    EXPECT_NE(check_config(config("10.77.0.1", "10.77.0.3")), std::nullopt);
    EXPECT_NE(check_config(config("10.77.0.0", "10.77.0.2")), std::nullopt);
    // Interface names.
    EXPECT_NE(check_config(config("10.77.0.1", "10.77.0.2", 30, "")), std::nullopt);
    EXPECT_NE(check_config(config("10.77.0.1", "10.77.0.2", 30, "a-name-far-too-long")), std::nullopt);
    EXPECT_NE(check_config(config("10.77.0.1", "10.77.0.2", 30, "a/b")), std::nullopt);
    const auto message = check_config(config("8.8.8.1", "8.8.8.2"));
    ASSERT_TRUE(message.has_value());
    EXPECT_NE(message->find("not private"), std::string::npos) << *message;
}

TEST(TunDevice, ExistsWhileOpenAndIsRemovedOnClose)
{
    ACKADEMY_RUN_IN_NETNS([]() -> std::string {
        test::Checks c;
        try {
            TunDevice d = TunDevice::open(config("10.77.0.1", "10.77.0.2"));
            c.expect(::if_nametoindex("acktest0") != 0, "the device does not exist while open");
            // Another device in the same subnet, or one named like an existing interface, is refused.
            try {
                TunDevice::open(config("10.77.0.1", "10.77.0.2", 30, "acktest1"));
                c.expect(false, "a second device in 10.77.0.0/30 was created");
            } catch (const TunError& e) {
                c.expect(e.kind() == TunErrorKind::InUse, std::string("overlap: ") + e.what());
            }
            try {
                TunDevice::open(config("10.78.0.1", "10.78.0.2", 30, "lo"));
                c.expect(false, "a device called lo was created");
            } catch (const TunError& e) {
                c.expect(e.kind() == TunErrorKind::InUse, std::string("name: ") + e.what());
            }
            c.expect(::if_nametoindex("acktest1") == 0, "the refused device was left behind");
            d.close();
            c.expect(::if_nametoindex("acktest0") == 0, "the device is still there after close()");
        } catch (const TunError& e) {
            if (e.kind() == TunErrorKind::Unavailable) return std::string("SKIP: ") + e.what();
            throw;
        }
        return c.failures();
    });
}

} // namespace
} // namespace ackademy::net
