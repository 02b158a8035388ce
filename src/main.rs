fn main() -> std::process::ExitCode {
    claimcheck::cli::run()
}
