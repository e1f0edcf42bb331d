fn main() {
    #[cfg(target_arch = "wasm32")]
    qianwan::ui::start();
}
