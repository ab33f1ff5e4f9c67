#include "ImageCompare.h"

#include <QtGlobal>

namespace Kingside::Test {

ImageDifference compareImages(const QImage &a, const QImage &b, int inkBelow)
{
    ImageDifference result;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            result.inked += qGray(p) < inkBelow;
            result.different += qMax(qMax(qAbs(qRed(p) - qRed(q)), qAbs(qGreen(p) - qGreen(q))),
                                     qAbs(qBlue(p) - qBlue(q))) > 128;
        }
    }
    return result;
}

} // namespace Kingside::Test
