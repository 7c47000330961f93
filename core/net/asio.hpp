#pragma once
// The one project header that includes Boost.Asio. Every Asio include goes through here.
//
// Asio 1.18 (Boost 1.74) uses std::exchange in its coroutine support without including
// <utility>; with g++ 12 that fails ("'exchange' is not a member of 'std'"), see
// qt-debian12.md trap 4. Including <utility> first fixes it for every translation unit.
//
// Keep this header out of anything the GUI's lupdate parses (trap 1): live_bridge.hpp and
// tun_device.hpp do not include it.

// The order is the point; clang-format (IncludeBlocks: Regroup) would swap these lines.
// clang-format off
#include <utility>
#include <boost/asio.hpp>
// clang-format on
