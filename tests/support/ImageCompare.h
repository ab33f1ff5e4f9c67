#pragma once

#include <QImage>

namespace Kingside::Test {

// How two pictures of one size differ: `different` counts the pixels whose colour is
// more than half the range apart in some channel (a line missing or misplaced, not
// antialiasing), `inked` the pixels of `a` darker than `inkBelow` grey.
struct ImageDifference
{
    int different = 0;
    int inked = 0;
};

ImageDifference compareImages(const QImage &a, const QImage &b, int inkBelow = 200);

} // namespace Kingside::Test
