#include "ui/main_window.hpp"

#include <QTest>

#include <gtest/gtest.h>

TEST(MainWindow, OpensAndClosesOffscreen)
{
    ackademy::ui::MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Ackademy"));
    EXPECT_TRUE(window.close());
    EXPECT_FALSE(window.isVisible());
}
