# `cpack -G DEB` in a build folder makes the Debian package of what `cmake --install`
# puts in place (packaging/build-deb.sh runs it on the release build).

set(CPACK_PACKAGE_NAME moe-explorer)
set(CPACK_PACKAGE_VENDOR "MoE Explorer")
set(CPACK_PACKAGE_CONTACT "${MOE_PACKAGE_MAINTAINER}")  # packaging/CMakeLists.txt
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "see how a Mixture-of-Experts model runs on a GPU cluster")
set(CPACK_PACKAGE_DESCRIPTION "An analytic cost model for expert, tensor, pipeline and data parallelism,
with every figure computed from its inputs and able to explain itself: a window
(moe-explorer) and a command-line tool (moe-explorer-cli).")
set(CPACK_DEBIAN_PACKAGE_RELEASE "${MOE_DEBIAN_REVISION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # moe-explorer_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
# The libraries the binaries link come from dpkg-shlibdeps. What it cannot see: Qt's
# platform plugins (loaded at run time; libqt6gui6 only recommends them) and the font
# the charts and reports are drawn with.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core")
# The Chinese window needs a CJK font; recommended, not required: the German and
# English windows need none, and most Chinese desktops have one.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk")
# A RelWithDebInfo build carries its debug information; the package need not.
set(CPACK_STRIP_FILES ON)
# dpkg and lintian expect root-owned control files with fixed modes (0644, 0755 for
# scripts), whatever the umask of whoever ran cpack.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
