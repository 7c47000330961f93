// The live session dialog: every field is checked as it is typed, the first problem is shown
// in one sentence, and OK is enabled only when there is none. The expected sentences are
// written out here (the core's drop-rule and subnet sentences as core/sim/segment_match.cpp
// and core/net/tun_device.cpp word them), not read back from the dialog.
#include "ui/live_session_dialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <gtest/gtest.h>

#include <cstdlib>

using ackademy::ui::LiveSessionDialog;
using namespace std::chrono_literals;

namespace {

bool okEnabled(const LiveSessionDialog& d)
{
    return d.buttons()->button(QDialogButtonBox::Ok)->isEnabled();
}

QString shownProblem(const LiveSessionDialog& d)
{
    return d.findChild<QLabel*>(QStringLiteral("LiveProblem"))->text();
}

QString shownCommands(const LiveSessionDialog& d)
{
    return d.findChild<QLabel*>(QStringLiteral("LiveCommands"))->text();
}

} // namespace

TEST(LiveSessionDialog, DefaultsAreTheClisAndValid)
{
    LiveSessionDialog d(nullptr, true);
    EXPECT_EQ(d.problem(), QString());
    EXPECT_TRUE(okEnabled(d));
    const auto s = d.settings();
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->tun.name, "ack0");
    EXPECT_EQ(s->tun.host_address, 0x0A4D0002u);   // 10.77.0.2
    EXPECT_EQ(s->tun.kernel_address, 0x0A4D0001u); // 10.77.0.1
    EXPECT_EQ(s->tun.prefix_length, 30);
    EXPECT_FALSE(s->listen);
    EXPECT_EQ(s->local_port, 3337);
    EXPECT_EQ(s->peer_port, 7788);
    EXPECT_EQ(s->profile, "linux");
    EXPECT_FALSE(s->send.has_value());
    EXPECT_FALSE(s->close_after.has_value());
    EXPECT_TRUE(s->drops.empty());
    EXPECT_EQ(d.instructions(),
              QStringLiteral("Before you press OK, in a terminal run: nc -l 10.77.0.1 7788"));
    EXPECT_TRUE(shownCommands(d).contains(QStringLiteral(
        "sudo ackademy-cli live --tun ack0 --local 10.77.0.2:3337 --peer 10.77.0.1:7788 --connect")))
        << shownCommands(d).toStdString();

    // ACKADEMY_LIVE_DIALOG_SCREENSHOT=path.png: the dialog as a student fills it in
    // (docs/images/live-dialog.png).
    if (const char* path = std::getenv("ACKADEMY_LIVE_DIALOG_SCREENSHOT"); path != nullptr && *path != '\0') {
        d.sendEdit()->setText(QStringLiteral("hello"));
        d.dropsEdit()->setText(QStringLiteral("B:S."));
        d.show();
        d.adjustSize();
        EXPECT_TRUE(d.grab().save(QString::fromLocal8Bit(path), "PNG"));
    }
}

TEST(LiveSessionDialog, ListeningTellsTheStudentToConnectWithNcAfterOk)
{
    LiveSessionDialog d(nullptr, true);
    d.roleBox()->setCurrentIndex(1);
    d.peerEdit()->setText(QStringLiteral("10.77.0.1")); // no port needed: the kernel connects
    d.sendEdit()->setText(QStringLiteral("hello world"));
    d.closeAfterBox()->setValue(2.5);
    d.dropsEdit()->setText(QStringLiteral("A:S., B:S#2"));
    ASSERT_EQ(d.problem(), QString());
    EXPECT_TRUE(okEnabled(d));
    const auto s = d.settings();
    ASSERT_TRUE(s.has_value());
    EXPECT_TRUE(s->listen);
    EXPECT_EQ(s->send, std::optional<std::string>("hello world"));
    EXPECT_EQ(s->close_after, std::optional<ackademy::Duration>(2500ms));
    ASSERT_EQ(s->drops.size(), 2u);
    EXPECT_EQ(s->drops[0].text, "A:S.");
    EXPECT_EQ(s->drops[1].text, "B:S#2");
    EXPECT_EQ(s->drops[1].occurrence, 2);
    EXPECT_EQ(d.instructions(), QStringLiteral("After you press OK, in a terminal run: nc 10.77.0.2 3337"));
    // Shell-quoted: the space, and '#' (a comment in some shells' words).
    EXPECT_TRUE(shownCommands(d).contains(QStringLiteral(
        "--peer 10.77.0.1 --listen --send 'hello world' --close-after 2.5 --drop A:S. --drop 'B:S#2'")))
        << shownCommands(d).toStdString();
}

TEST(LiveSessionDialog, BadAddressIsNamedAndOkDisabled)
{
    LiveSessionDialog d(nullptr, true);
    d.localEdit()->setText(QStringLiteral("10.77.0.300:3337"));
    const QString expected = QStringLiteral(
        "Our host: “10.77.0.300:3337” is not an IPv4 address and port; expected e.g. 10.77.0.2:3337");
    EXPECT_EQ(d.problem(), expected);
    EXPECT_EQ(shownProblem(d), expected);
    EXPECT_FALSE(okEnabled(d));
    EXPECT_FALSE(d.settings().has_value());

    d.localEdit()->setText(QStringLiteral("10.77.0.2:3337"));
    EXPECT_TRUE(okEnabled(d));
    EXPECT_EQ(shownProblem(d), QString());
}

TEST(LiveSessionDialog, PortZeroAndPortAbove65535AreRefused)
{
    LiveSessionDialog d(nullptr, true);
    d.peerEdit()->setText(QStringLiteral("10.77.0.1:0"));
    EXPECT_EQ(d.problem(),
              QStringLiteral("The kernel's side: port “0” is not a port number; expected 1..65535"));
    EXPECT_FALSE(okEnabled(d));

    d.peerEdit()->setText(QStringLiteral("10.77.0.1:7788"));
    d.localEdit()->setText(QStringLiteral("10.77.0.2:70000"));
    EXPECT_EQ(d.problem(), QStringLiteral("Our host: port “70000” is not a port number; expected 1..65535"));
    EXPECT_FALSE(okEnabled(d));

    // Connecting needs the kernel's port; listening does not.
    d.localEdit()->setText(QStringLiteral("10.77.0.2:3337"));
    d.peerEdit()->setText(QStringLiteral("10.77.0.1"));
    EXPECT_EQ(
        d.problem(),
        QStringLiteral(
            "The kernel's side: “10.77.0.1” has no port; expected IPv4ADDRESS:PORT, e.g. 10.77.0.1:7788"));
    EXPECT_FALSE(okEnabled(d));
    d.roleBox()->setCurrentIndex(1);
    EXPECT_TRUE(okEnabled(d));
}

TEST(LiveSessionDialog, BadDropRuleGivesTheCoreParsersSentence)
{
    LiveSessionDialog d(nullptr, true);
    d.dropsEdit()->setText(QStringLiteral("A:S C:S."));
    EXPECT_EQ(d.problem(),
              QStringLiteral("Drop rules: segment rule 'C:S.': the host before ':' must be A or B"));
    EXPECT_FALSE(okEnabled(d));
    d.dropsEdit()->setText(QStringLiteral("B:SX"));
    EXPECT_EQ(d.problem(),
              QStringLiteral("Drop rules: segment rule 'B:SX': 'SX' are not tcpdump flag letters; "
                             "expected e.g. S, S., ., P., F., FP., R or R."));
    EXPECT_FALSE(okEnabled(d));
}

TEST(LiveSessionDialog, UnsafeSubnetsAndDeviceNamesAreRefusedWithTheCoresRule)
{
    LiveSessionDialog d(nullptr, true);
    d.peerEdit()->setText(QStringLiteral("10.78.0.1:7788"));
    EXPECT_EQ(d.problem(), QStringLiteral("10.78.0.1 and 10.77.0.2 are not in the same /30 subnet"));
    EXPECT_FALSE(okEnabled(d));
    d.localEdit()->setText(QStringLiteral("8.8.8.2:3337"));
    d.peerEdit()->setText(QStringLiteral("8.8.8.1:7788"));
    EXPECT_EQ(d.problem(), QStringLiteral("Subnet 8.8.8.0/30 is not private; use addresses in 10.0.0.0/8, "
                                          "172.16.0.0/12 or 192.168.0.0/16"));
    d.localEdit()->setText(QStringLiteral("10.77.0.2:3337"));
    d.peerEdit()->setText(QStringLiteral("10.77.0.1:7788"));
    d.deviceEdit()->setText(QStringLiteral("ack 0"));
    EXPECT_EQ(d.problem(),
              QStringLiteral("Interface name 'ack 0' may not contain '/', ':', '%' or whitespace"));
    EXPECT_FALSE(okEnabled(d));
}

TEST(LiveSessionDialog, WithoutCapNetAdminExplainsWhatToDoAndKeepsOkDisabled)
{
    LiveSessionDialog d(nullptr, false);
    EXPECT_TRUE(d.problem().startsWith(
        QStringLiteral("Live mode needs CAP_NET_ADMIN to create a TUN device: run Ackademy as root, or: "
                       "sudo setcap cap_net_admin+ep ")))
        << d.problem().toStdString();
    EXPECT_EQ(shownProblem(d), d.problem());
    EXPECT_FALSE(okEnabled(d));
    // The terminal commands are still shown: `sudo ackademy-cli live …` is one way to run it.
    EXPECT_TRUE(shownCommands(d).contains(QStringLiteral("sudo ackademy-cli live")));
    // A field's own problem comes first.
    d.localEdit()->setText(QStringLiteral("nonsense"));
    EXPECT_EQ(d.problem(),
              QStringLiteral("Our host: “nonsense” is not an IPv4 address and port; expected e.g. "
                             "10.77.0.2:3337"));
}
