@testable import EAModel
import Foundation
import Testing

@Suite struct SystemTests {
    @Test func countsTheProcessorsOfTheAffinityMask() {
        let status = "Name:\teaf\nCpus_allowed:\t3\nCpus_allowed_list:\t0-1\n"
        #expect(System.allowedProcessors(inStatus: status) == 2)
        #expect(System.allowedProcessors(inStatus: "Cpus_allowed:\t1\n") == 1)
        #expect(System.allowedProcessors(inStatus: "Cpus_allowed:\tffffffff,ffffffff\n") == 64)
        #expect(System.allowedProcessors(inStatus: "Cpus_allowed:\t00000000,00000104\n") == 2)
    }

    @Test func fallsBackWithoutAReadableMask() {
        #expect(System.allowedProcessors(inStatus: "Name:\teaf\n") == nil)
        #expect(System.allowedProcessors(inStatus: "Cpus_allowed:\t0\n") == nil)
        #expect(System.allowedProcessors(inStatus: "Cpus_allowed:\tzz\n") == nil)
    }

    @Test func neverMoreThanTheMachineHas() {
        #expect(System.activeProcessorCount >= 1)
        #expect(System.activeProcessorCount <= ProcessInfo.processInfo.processorCount)
    }
}
