# Homebrew formula for tandem (written against Homebrew's Formula Cookbook and its Node.js
# formulae; never run: docs/macos.md). The source is the `npm pack` tarball of a release:
# set url and sha256 to it (`shasum -a 256 tandem-<version>.tgz`) when one is published.
class Tandem < Formula
  desc "Containerd runtime: darwin images natively, linux images in a small VM, side by side"
  homepage "https://example.com/tandem" # placeholder until the project has a public page
  url "file:///tmp/tandem-0.1.0.tgz" # placeholder: `npm pack` writes it
  sha256 "0000000000000000000000000000000000000000000000000000000000000000" # placeholder
  license "Apache-2.0"

  depends_on "containerd"
  depends_on :macos
  depends_on "node"
  depends_on "vfkit"

  def install
    # npm runs the package's preinstall step: it builds native/ (clang) and links the shim.
    system "npm", "install", *std_npm_args
    bin.install_symlink libexec.glob("bin/*")
  end

  def caveats
    <<~EOS
      Darwin containers are chroot(2) process trees: chroot needs System Integrity Protection
      off (boot into Recovery, `csrutil disable`). Volumes need macFUSE and bindfs.
      Check the host with:  sudo tandem doctor
      Start tandem with:    sudo tandem up        (or: sudo brew services start tandem)
      Then:                 eval "$(tandem env)"
    EOS
  end

  service do
    run [opt_bin/"tandem", "up", "--foreground"]
    require_root true
    keep_alive true
    log_path var/"log/tandem.log"
    error_log_path var/"log/tandem.log"
  end

  test do
    assert_match version.to_s, shell_output("#{bin}/tandem --version")
    assert_match "containerd-shim-tandem-v1", shell_output("#{bin}/containerd-shim-tandem-v1 -v")
  end
end
